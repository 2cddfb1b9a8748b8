<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../reader/gui/document_view.py" line="63"/>
        <source>Document text</source>
        <translation>文档正文</translation>
    </message>
    <message>
        <location filename="../reader/gui/document_view.py" line="64"/>
        <source>The text of the open document. Use the arrow keys to read.</source>
        <translation>当前文档的正文。用方向键阅读。</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../reader/gui/find_bar.py" line="60"/>
        <source>Find bar</source>
        <translation>查找栏</translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="61"/>
        <source>Find words in the document.</source>
        <translation>在文档中查找文字。</translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="63"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="66"/>
        <location filename="../reader/gui/find_bar.py" line="68"/>
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="70"/>
        <source>Type the words to find. Enter goes to the next match, Shift+Enter to the previous one, Esc closes the find bar.</source>
        <translation>输入要查找的文字。按回车键转到下一处，Shift+回车键转到上一处，按 Esc 键关闭查找栏。</translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="80"/>
        <source>Which match is shown, and how many there are.</source>
        <translation>当前是第几处匹配，一共有几处。</translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="83"/>
        <source>Previous match</source>
        <translation>上一处匹配</translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="84"/>
        <source>Go to the previous match (Shift+F3).</source>
        <translation>转到上一处匹配（Shift+F3）。</translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="86"/>
        <source>Next match</source>
        <translation>下一处匹配</translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="87"/>
        <source>Go to the next match (F3).</source>
        <translation>转到下一处匹配（F3）。</translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="89"/>
        <source>Results</source>
        <translation>结果列表</translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="89"/>
        <source>Show results list</source>
        <translation>显示结果列表</translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="90"/>
        <source>Show or hide the list of all matches, grouped by section.</source>
        <translation>显示或隐藏全部匹配的列表，按章节分组。</translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="93"/>
        <source>Close find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="94"/>
        <source>Close the find bar and clear the highlights (Esc).</source>
        <translation>关闭查找栏并清除突出显示（Esc）。</translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="130"/>
        <source>Match count</source>
        <translation>匹配数</translation>
    </message>
</context>
<context>
    <name>FindController</name>
    <message>
        <location filename="../reader/gui/find_bar.py" line="197"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="198"/>
        <source>Find &amp;Next</source>
        <translation>查找下一处(&amp;N)</translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="200"/>
        <source>Find &amp;Previous</source>
        <translation>查找上一处(&amp;P)</translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="229"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="495"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="498"/>
        <source>{current} of {total}</source>
        <translation>第 {current} 项，共 {total} 项</translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="516"/>
        <source>{position}, continued from the top</source>
        <translation>{position}，已从开头继续</translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="517"/>
        <source>{position}, continued from the bottom</source>
        <translation>{position}，已从末尾继续</translation>
    </message>
</context>
<context>
    <name>LoadError</name>
    <message>
        <location filename="../reader/core/loading.py" line="18"/>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../reader/core/loading.py" line="19"/>
        <source>{path} is a folder, not a document.</source>
        <translation>{path} 是文件夹，不是文档。</translation>
    </message>
    <message>
        <location filename="../reader/core/loading.py" line="20"/>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>无法读取文件 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../reader/core/loading.py" line="21"/>
        <source>The file {path} is empty.</source>
        <translation>文件 {path} 是空的。</translation>
    </message>
    <message>
        <location filename="../reader/core/loading.py" line="22"/>
        <source>The file {path} is too large ({size} MB); the limit is {limit} MB.</source>
        <translation>文件 {path} 太大（{size} MB），上限为 {limit} MB。</translation>
    </message>
    <message>
        <location filename="../reader/core/loading.py" line="25"/>
        <source>The file {path} is not a text or web page document (it holds binary data).</source>
        <translation>文件 {path} 不是文本或网页文档（其中含有二进制数据）。</translation>
    </message>
    <message>
        <location filename="../reader/core/loading.py" line="28"/>
        <source>The text of {path} is in an encoding the reader does not know.</source>
        <translation>文件 {path} 的文字编码无法识别。</translation>
    </message>
    <message>
        <location filename="../reader/core/loading.py" line="31"/>
        <source>The file {path} holds no readable text.</source>
        <translation>文件 {path} 中没有可阅读的文字。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../reader/gui/app.py" line="21"/>
        <location filename="../reader/gui/main_window.py" line="194"/>
        <source>Reader</source>
        <translation>公文无障碍阅读器</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="53"/>
        <source>Outline</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="76"/>
        <source>Your settings file could not be read, so the reader started with its defaults. The damaged file was kept as {path}.</source>
        <translation>设置文件无法读取，阅读器已使用默认设置启动。损坏的文件已保留为 {path}。</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="81"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="82"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="84"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="86"/>
        <source>Open the &amp;Sample Report</source>
        <translation>打开示例报告(&amp;S)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="91"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="95"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="97"/>
        <source>&amp;Outline</source>
        <translation>目录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="102"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="104"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="107"/>
        <source>&amp;About Reader</source>
        <translation>关于阅读器(&amp;A)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="133"/>
        <source>No recent documents</source>
        <translation>没有最近打开的文档</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="137"/>
        <source>&amp;Clear List</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="149"/>
        <source>Open Document</source>
        <translation>打开文档</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="150"/>
        <source>Documents ({patterns});;All files (*)</source>
        <translation>文档 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="181"/>
        <location filename="../reader/gui/main_window.py" line="182"/>
        <source>Opened: {title}</source>
        <translation>已打开：{title}</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="223"/>
        <source>About Reader</source>
        <translation>关于阅读器</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="224"/>
        <source>Reader: an accessible reader for Chinese government documents. It never uses the network and never runs scripts from documents.</source>
        <translation>公文无障碍阅读器：为长者、低视力和视障读者阅读政府公文而做。它从不联网，也从不运行文档中的脚本。</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../reader/gui/message_bar.py" line="24"/>
        <location filename="../reader/gui/message_bar.py" line="25"/>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <location filename="../reader/gui/message_bar.py" line="30"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>MetadataCard</name>
    <message>
        <location filename="../reader/gui/document_view.py" line="35"/>
        <source>Index number</source>
        <translation>索引号</translation>
    </message>
    <message>
        <location filename="../reader/gui/document_view.py" line="36"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../reader/gui/document_view.py" line="37"/>
        <source>Publisher</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <location filename="../reader/gui/document_view.py" line="38"/>
        <source>Date written</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <location filename="../reader/gui/document_view.py" line="39"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../reader/gui/document_view.py" line="40"/>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../reader/gui/document_view.py" line="41"/>
        <source>Date published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location filename="../reader/gui/document_view.py" line="42"/>
        <source>Subject words</source>
        <translation>主题词</translation>
    </message>
</context>
<context>
    <name>NavigationMenu</name>
    <message>
        <location filename="../reader/gui/navigation_menu.py" line="22"/>
        <source>&amp;Go</source>
        <translation>导航(&amp;G)</translation>
    </message>
    <message>
        <location filename="../reader/gui/navigation_menu.py" line="26"/>
        <source>Next &amp;Heading</source>
        <translation>下一个标题(&amp;H)</translation>
    </message>
    <message>
        <location filename="../reader/gui/navigation_menu.py" line="27"/>
        <source>Previous Heading</source>
        <translation>上一个标题</translation>
    </message>
    <message>
        <location filename="../reader/gui/navigation_menu.py" line="29"/>
        <source>Next Heading of Level {level}</source>
        <translation>下一个{level}级标题</translation>
    </message>
    <message>
        <location filename="../reader/gui/navigation_menu.py" line="32"/>
        <source>Next &amp;Paragraph</source>
        <translation>下一段(&amp;P)</translation>
    </message>
    <message>
        <location filename="../reader/gui/navigation_menu.py" line="33"/>
        <source>Previous Paragraph</source>
        <translation>上一段</translation>
    </message>
    <message>
        <location filename="../reader/gui/navigation_menu.py" line="35"/>
        <source>Next &amp;Section</source>
        <translation>下一节(&amp;S)</translation>
    </message>
    <message>
        <location filename="../reader/gui/navigation_menu.py" line="36"/>
        <source>Previous Section</source>
        <translation>上一节</translation>
    </message>
    <message>
        <location filename="../reader/gui/navigation_menu.py" line="38"/>
        <source>&amp;Beginning of Document</source>
        <translation>文档开头(&amp;B)</translation>
    </message>
    <message>
        <location filename="../reader/gui/navigation_menu.py" line="39"/>
        <source>&amp;End of Document</source>
        <translation>文档末尾(&amp;E)</translation>
    </message>
    <message>
        <location filename="../reader/gui/navigation_menu.py" line="41"/>
        <source>&amp;Where Am I</source>
        <translation>我在哪里(&amp;W)</translation>
    </message>
    <message>
        <location filename="../reader/gui/navigation_menu.py" line="63"/>
        <source>Nothing further in that direction</source>
        <translation>这个方向没有更多内容了</translation>
    </message>
    <message>
        <location filename="../reader/gui/navigation_menu.py" line="77"/>
        <source>{percent}% through</source>
        <translation>已读到 {percent}%</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../reader/gui/outline_panel.py" line="19"/>
        <source>Headings</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../reader/gui/outline_panel.py" line="24"/>
        <source>Outline</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../reader/gui/outline_panel.py" line="25"/>
        <source>The headings of the document. Press Enter to go to one.</source>
        <translation>文档的各级标题。按回车键跳转到该处。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../reader/gui/printing.py" line="465"/>
        <source>Reader</source>
        <translation>公文无障碍阅读器</translation>
    </message>
    <message>
        <location filename="../reader/gui/printing.py" line="475"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../reader/gui/printing.py" line="477"/>
        <source>Show how the document prints, then print it</source>
        <translation>先预览打印效果，再打印文档</translation>
    </message>
    <message>
        <location filename="../reader/gui/printing.py" line="479"/>
        <source>&amp;Export as PDF…</source>
        <translation>导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../reader/gui/printing.py" line="480"/>
        <source>Save the document as a PDF file laid out for printing</source>
        <translation>把文档按打印版式保存为 PDF 文件</translation>
    </message>
    <message>
        <location filename="../reader/gui/printing.py" line="504"/>
        <source>Open a document first.</source>
        <translation>请先打开一个文档。</translation>
    </message>
    <message>
        <location filename="../reader/gui/printing.py" line="521"/>
        <location filename="../reader/gui/printing.py" line="522"/>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../reader/gui/printing.py" line="543"/>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location filename="../reader/gui/printing.py" line="544"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../reader/gui/printing.py" line="557"/>
        <source>Saved as PDF: {path} ({pages} pages)</source>
        <translation>已保存为 PDF：{path}（共 {pages} 页）</translation>
    </message>
    <message>
        <location filename="../reader/gui/printing.py" line="560"/>
        <source>Could not write the PDF file {path}.</source>
        <translation>无法写入 PDF 文件 {path}。</translation>
    </message>
</context>
<context>
    <name>SearchResultsDock</name>
    <message>
        <location filename="../reader/gui/search_results.py" line="159"/>
        <source>Search Results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../reader/gui/search_results.py" line="166"/>
        <source>Search &amp;Results</source>
        <translation>搜索结果(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SearchResultsTree</name>
    <message>
        <location filename="../reader/gui/search_results.py" line="29"/>
        <source>Matches</source>
        <translation>匹配项</translation>
    </message>
    <message>
        <location filename="../reader/gui/search_results.py" line="35"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../reader/gui/search_results.py" line="37"/>
        <source>Every match, grouped by section. Use the arrow keys to move and Enter to go to a match.</source>
        <translation>全部匹配，按章节分组。用方向键移动，按回车键转到该处。</translation>
    </message>
    <message>
        <location filename="../reader/gui/search_results.py" line="61"/>
        <source>Type in the find bar to list the matches.</source>
        <translation>在查找栏中输入文字，即可列出匹配。</translation>
    </message>
    <message>
        <location filename="../reader/gui/search_results.py" line="64"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../reader/gui/search_results.py" line="84"/>
        <source>Before the first heading</source>
        <translation>第一个标题之前</translation>
    </message>
    <message>
        <location filename="../reader/gui/search_results.py" line="86"/>
        <source>{heading} ({count})</source>
        <translation>{heading}（{count} 处）</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../reader/gui/shortcuts_dialog.py" line="45"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../reader/gui/shortcuts_dialog.py" line="49"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../reader/gui/shortcuts_dialog.py" line="49"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../reader/gui/shortcuts_dialog.py" line="50"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../reader/gui/shortcuts_dialog.py" line="51"/>
        <source>Every command of the reader and the keys that run it.</source>
        <translation>阅读器的所有命令及其快捷键。</translation>
    </message>
</context>
<context>
    <name>ZoomControls</name>
    <message>
        <location filename="../reader/gui/zoom.py" line="18"/>
        <source>Text Size: &amp;Small (小)</source>
        <translation>字体：小(&amp;S)</translation>
    </message>
    <message>
        <location filename="../reader/gui/zoom.py" line="18"/>
        <source>Text Size: &amp;Medium (中)</source>
        <translation>字体：中(&amp;M)</translation>
    </message>
    <message>
        <location filename="../reader/gui/zoom.py" line="19"/>
        <source>Text Size: &amp;Large (大)</source>
        <translation>字体：大(&amp;L)</translation>
    </message>
    <message>
        <location filename="../reader/gui/zoom.py" line="30"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../reader/gui/zoom.py" line="31"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../reader/gui/zoom.py" line="32"/>
        <source>&amp;Actual Size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../reader/gui/zoom.py" line="53"/>
        <source>Text size {percent}%</source>
        <translation>字体大小 {percent}%</translation>
    </message>
</context>
</TS>
