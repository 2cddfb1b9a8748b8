<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../reader/gui/document_view.py" line="55" />
        <source>Document text</source>
        <translation>文档正文</translation>
    </message>
    <message>
        <location filename="../reader/gui/document_view.py" line="56" />
        <source>The text of the open document. Use the arrow keys to read.</source>
        <translation>当前文档的正文。用方向键阅读。</translation>
    </message>
</context>
<context>
    <name>LoadError</name>
    <message>
        <location filename="../reader/core/loading.py" line="18" />
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../reader/core/loading.py" line="19" />
        <source>{path} is a folder, not a document.</source>
        <translation>{path} 是文件夹，不是文档。</translation>
    </message>
    <message>
        <location filename="../reader/core/loading.py" line="20" />
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>无法读取文件 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../reader/core/loading.py" line="21" />
        <source>The file {path} is empty.</source>
        <translation>文件 {path} 是空的。</translation>
    </message>
    <message>
        <location filename="../reader/core/loading.py" line="22" />
        <source>The file {path} is too large ({size} MB); the limit is {limit} MB.</source>
        <translation>文件 {path} 太大（{size} MB），上限为 {limit} MB。</translation>
    </message>
    <message>
        <location filename="../reader/core/loading.py" line="25" />
        <source>The file {path} is not a text or web page document (it holds binary data).</source>
        <translation>文件 {path} 不是文本或网页文档（其中含有二进制数据）。</translation>
    </message>
    <message>
        <location filename="../reader/core/loading.py" line="28" />
        <source>The text of {path} is in an encoding the reader does not know.</source>
        <translation>文件 {path} 的文字编码无法识别。</translation>
    </message>
    <message>
        <location filename="../reader/core/loading.py" line="31" />
        <source>The file {path} holds no readable text.</source>
        <translation>文件 {path} 中没有可阅读的文字。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../reader/gui/app.py" line="20" />
        <location filename="../reader/gui/main_window.py" line="153" />
        <source>Reader</source>
        <translation>公文无障碍阅读器</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="46" />
        <source>Outline</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="64" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="65" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="67" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="69" />
        <source>Open the &amp;Sample Report</source>
        <translation>打开示例报告(&amp;S)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="72" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="74" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="76" />
        <source>&amp;Outline</source>
        <translation>目录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="80" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="81" />
        <source>&amp;About Reader</source>
        <translation>关于阅读器(&amp;A)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="100" />
        <source>No recent documents</source>
        <translation>没有最近打开的文档</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="104" />
        <source>&amp;Clear List</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="114" />
        <source>Open Document</source>
        <translation>打开文档</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="115" />
        <source>Documents ({patterns});;All files (*)</source>
        <translation>文档 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="145" />
        <location filename="../reader/gui/main_window.py" line="146" />
        <source>Opened: {title}</source>
        <translation>已打开：{title}</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="174" />
        <source>About Reader</source>
        <translation>关于阅读器</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="175" />
        <source>Reader: an accessible reader for Chinese government documents. It never uses the network and never runs scripts from documents.</source>
        <translation>公文无障碍阅读器：为长者、低视力和视障读者阅读政府公文而做。它从不联网，也从不运行文档中的脚本。</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../reader/gui/message_bar.py" line="24" />
        <location filename="../reader/gui/message_bar.py" line="25" />
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <location filename="../reader/gui/message_bar.py" line="30" />
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>MetadataCard</name>
    <message>
        <location filename="../reader/gui/document_view.py" line="32" />
        <source>Index number</source>
        <translation>索引号</translation>
    </message>
    <message>
        <location filename="../reader/gui/document_view.py" line="33" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../reader/gui/document_view.py" line="34" />
        <source>Publisher</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <location filename="../reader/gui/document_view.py" line="35" />
        <source>Date written</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <location filename="../reader/gui/document_view.py" line="36" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../reader/gui/document_view.py" line="37" />
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../reader/gui/document_view.py" line="38" />
        <source>Date published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location filename="../reader/gui/document_view.py" line="39" />
        <source>Subject words</source>
        <translation>主题词</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../reader/gui/outline_panel.py" line="23" />
        <source>Outline</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../reader/gui/outline_panel.py" line="24" />
        <source>The headings of the document. Press Enter to go to one.</source>
        <translation>文档的各级标题。按回车键跳转到该处。</translation>
    </message>
</context>
</TS>