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
        <location filename="../reader/gui/find_bar.py" line="63"/>
        <source>Find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="64"/>
        <source>Find words in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="66"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="69"/>
        <location filename="../reader/gui/find_bar.py" line="71"/>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="73"/>
        <source>Type the words to find. Enter goes to the next match, Shift+Enter to the previous one, Esc closes the find bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="83"/>
        <source>Which match is shown, and how many there are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="86"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="86"/>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="87"/>
        <source>Go to the previous match (Shift+F3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="89"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="89"/>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="90"/>
        <source>Go to the next match (F3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="92"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="92"/>
        <source>Show results list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="93"/>
        <source>Show or hide the list of all matches, grouped by section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="96"/>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="97"/>
        <source>Close the find bar and clear the highlights (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="125"/>
        <source>Match count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindController</name>
    <message>
        <location filename="../reader/gui/find_bar.py" line="192"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="193"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="195"/>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="224"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="470"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="473"/>
        <source>{current} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="491"/>
        <source>{position}, continued from the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/find_bar.py" line="492"/>
        <source>{position}, continued from the bottom</source>
        <translation type="unfinished"></translation>
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
        <location filename="../reader/gui/main_window.py" line="192"/>
        <source>Reader</source>
        <translation>公文无障碍阅读器</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="52"/>
        <source>Outline</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="74"/>
        <source>Your settings file could not be read, so the reader started with its defaults. The damaged file was kept as {path}.</source>
        <translation>设置文件无法读取，阅读器已使用默认设置启动。损坏的文件已保留为 {path}。</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="79"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="80"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="82"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="84"/>
        <source>Open the &amp;Sample Report</source>
        <translation>打开示例报告(&amp;S)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="89"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="93"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="95"/>
        <source>&amp;Outline</source>
        <translation>目录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="100"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="102"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="105"/>
        <source>&amp;About Reader</source>
        <translation>关于阅读器(&amp;A)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="131"/>
        <source>No recent documents</source>
        <translation>没有最近打开的文档</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="135"/>
        <source>&amp;Clear List</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="147"/>
        <source>Open Document</source>
        <translation>打开文档</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="148"/>
        <source>Documents ({patterns});;All files (*)</source>
        <translation>文档 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="179"/>
        <location filename="../reader/gui/main_window.py" line="180"/>
        <source>Opened: {title}</source>
        <translation>已打开：{title}</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="221"/>
        <source>About Reader</source>
        <translation>关于阅读器</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="222"/>
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
        <location filename="../reader/gui/navigation_menu.py" line="21"/>
        <source>&amp;Go</source>
        <translation>导航(&amp;G)</translation>
    </message>
    <message>
        <location filename="../reader/gui/navigation_menu.py" line="25"/>
        <source>Next &amp;Heading</source>
        <translation>下一个标题(&amp;H)</translation>
    </message>
    <message>
        <location filename="../reader/gui/navigation_menu.py" line="26"/>
        <source>Previous Heading</source>
        <translation>上一个标题</translation>
    </message>
    <message>
        <location filename="../reader/gui/navigation_menu.py" line="28"/>
        <source>Next Heading of Level {level}</source>
        <translation>下一个{level}级标题</translation>
    </message>
    <message>
        <location filename="../reader/gui/navigation_menu.py" line="31"/>
        <source>Next &amp;Paragraph</source>
        <translation>下一段(&amp;P)</translation>
    </message>
    <message>
        <location filename="../reader/gui/navigation_menu.py" line="32"/>
        <source>Previous Paragraph</source>
        <translation>上一段</translation>
    </message>
    <message>
        <location filename="../reader/gui/navigation_menu.py" line="34"/>
        <source>Next &amp;Section</source>
        <translation>下一节(&amp;S)</translation>
    </message>
    <message>
        <location filename="../reader/gui/navigation_menu.py" line="35"/>
        <source>Previous Section</source>
        <translation>上一节</translation>
    </message>
    <message>
        <location filename="../reader/gui/navigation_menu.py" line="37"/>
        <source>&amp;Beginning of Document</source>
        <translation>文档开头(&amp;B)</translation>
    </message>
    <message>
        <location filename="../reader/gui/navigation_menu.py" line="38"/>
        <source>&amp;End of Document</source>
        <translation>文档末尾(&amp;E)</translation>
    </message>
    <message>
        <location filename="../reader/gui/navigation_menu.py" line="40"/>
        <source>&amp;Where Am I</source>
        <translation>我在哪里(&amp;W)</translation>
    </message>
    <message>
        <location filename="../reader/gui/navigation_menu.py" line="62"/>
        <source>Nothing further in that direction</source>
        <translation>这个方向没有更多内容了</translation>
    </message>
    <message>
        <location filename="../reader/gui/navigation_menu.py" line="76"/>
        <source>{percent}% through</source>
        <translation>已读到 {percent}%</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../reader/gui/outline_panel.py" line="23"/>
        <source>Outline</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../reader/gui/outline_panel.py" line="24"/>
        <source>The headings of the document. Press Enter to go to one.</source>
        <translation>文档的各级标题。按回车键跳转到该处。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../reader/gui/printing.py" line="423"/>
        <source>Reader</source>
        <translation>公文无障碍阅读器</translation>
    </message>
    <message>
        <location filename="../reader/gui/printing.py" line="433"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../reader/gui/printing.py" line="435"/>
        <source>Show how the document prints, then print it</source>
        <translation>先预览打印效果，再打印文档</translation>
    </message>
    <message>
        <location filename="../reader/gui/printing.py" line="437"/>
        <source>&amp;Export as PDF…</source>
        <translation>导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../reader/gui/printing.py" line="438"/>
        <source>Save the document as a PDF file laid out for printing</source>
        <translation>把文档按打印版式保存为 PDF 文件</translation>
    </message>
    <message>
        <location filename="../reader/gui/printing.py" line="461"/>
        <source>Open a document first.</source>
        <translation>请先打开一个文档。</translation>
    </message>
    <message>
        <location filename="../reader/gui/printing.py" line="478"/>
        <location filename="../reader/gui/printing.py" line="479"/>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../reader/gui/printing.py" line="500"/>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location filename="../reader/gui/printing.py" line="501"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../reader/gui/printing.py" line="514"/>
        <source>Saved as PDF: {path} ({pages} pages)</source>
        <translation>已保存为 PDF：{path}（共 {pages} 页）</translation>
    </message>
    <message>
        <location filename="../reader/gui/printing.py" line="517"/>
        <source>Could not write the PDF file {path}.</source>
        <translation>无法写入 PDF 文件 {path}。</translation>
    </message>
</context>
<context>
    <name>SearchResultsDock</name>
    <message>
        <location filename="../reader/gui/search_results.py" line="158"/>
        <source>Search Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/search_results.py" line="165"/>
        <source>Search &amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsTree</name>
    <message>
        <location filename="../reader/gui/search_results.py" line="34"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/search_results.py" line="36"/>
        <source>Every match, grouped by section. Use the arrow keys to move and Enter to go to a match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/search_results.py" line="60"/>
        <source>Type in the find bar to list the matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/search_results.py" line="63"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/search_results.py" line="83"/>
        <source>Before the first heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reader/gui/search_results.py" line="85"/>
        <source>{heading} ({count})</source>
        <translation type="unfinished"></translation>
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
