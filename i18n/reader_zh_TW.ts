<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AccessibilityToolbar</name>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="180"/>
        <source>Accessibility Toolbar</source>
        <translation>無障礙工具列</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="182"/>
        <source>Accessibility toolbar</source>
        <translation>無障礙工具列</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="185"/>
        <source>&amp;Accessibility</source>
        <translation>無障礙(&amp;A)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="166"/>
        <source>Elder Mode</source>
        <translation>長者助手</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="139"/>
        <source>Elder</source>
        <translation>長者助手</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="139"/>
        <source>&amp;Elder Mode</source>
        <translation>長者助手(&amp;E)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="140"/>
        <source>Large text, high contrast and a simpler, larger interface</source>
        <translation>大字、高對比度和更簡潔、更大的介面</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="141"/>
        <source>Sound</source>
        <translation>聲音</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="141"/>
        <source>Read aloud on or off</source>
        <translation>開啟或關閉朗讀</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="141"/>
        <source>So&amp;und</source>
        <translation>聲音(&amp;U)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="142"/>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="142"/>
        <source>Pause reading aloud</source>
        <translation>暫停朗讀</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="142"/>
        <source>&amp;Pause</source>
        <translation>暫停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="143"/>
        <source>Play</source>
        <translation>朗讀</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="143"/>
        <source>Read aloud from the reading cursor</source>
        <translation>從閱讀游標處開始朗讀</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="143"/>
        <source>&amp;Play</source>
        <translation>朗讀(&amp;P)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="144"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="144"/>
        <source>Stop reading aloud</source>
        <translation>停止朗讀</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="144"/>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="145"/>
        <source>Slower</source>
        <translation>減速</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="145"/>
        <source>Read aloud more slowly</source>
        <translation>朗讀慢一些</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="145"/>
        <source>Slo&amp;wer</source>
        <translation>減速(&amp;W)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="146"/>
        <source>Faster</source>
        <translation>加速</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="146"/>
        <source>Read aloud faster</source>
        <translation>朗讀快一些</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="147"/>
        <source>Mode</source>
        <translation>閱讀方式</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="148"/>
        <source>Point reading (指读) or continuous reading (连读)</source>
        <translation>指讀或連讀</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="149"/>
        <source>Colours</source>
        <translation>配色</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="149"/>
        <source>Next colour scheme</source>
        <translation>換下一種配色</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="150"/>
        <source>Larger text</source>
        <translation>把文字放大</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="150"/>
        <source>Bigger</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="151"/>
        <source>Smaller</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="151"/>
        <source>Smaller text</source>
        <translation>把文字縮小</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="152"/>
        <source>Pointer</source>
        <translation>大滑鼠</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="153"/>
        <source>A large, high-contrast mouse pointer</source>
        <translation>又大又醒目的滑鼠指標</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="154"/>
        <source>Cross</source>
        <translation>十字游標</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="155"/>
        <source>Two lines crossing at the mouse pointer</source>
        <translation>在滑鼠指標處交叉的兩條輔助線</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="156"/>
        <source>Captions</source>
        <translation>大字幕</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="157"/>
        <source>Large captions of what is read, at the bottom</source>
        <translation>在視窗底部用大字顯示正在讀的內容</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="158"/>
        <source>Plain text without styling</source>
        <translation>只顯示文字，不加樣式</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="158"/>
        <source>Text</source>
        <translation>純文字</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="159"/>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="159"/>
        <source>Restore every display setting</source>
        <translation>恢復所有顯示設定</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="160"/>
        <source>Help</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="160"/>
        <source>What each tool does</source>
        <translation>每個工具的用途</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="161"/>
        <source>Every keyboard shortcut</source>
        <translation>所有鍵盤快速鍵</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="161"/>
        <source>Keys</source>
        <translation>快速鍵</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="162"/>
        <source>More Tools</source>
        <translation>更多工具</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="162"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="162"/>
        <source>The tools not on the toolbar</source>
        <translation>工具列上沒有的其他工具</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="166"/>
        <source>Read Aloud</source>
        <translation>朗讀</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="166"/>
        <source>Colours and Text Size</source>
        <translation>配色和字級</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="170"/>
        <source>Original (原始)</source>
        <translation>原始</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="170"/>
        <source>Black on White (白底黑字)</source>
        <translation>白底黑字</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="171"/>
        <source>Yellow on Blue (蓝底黄字)</source>
        <translation>藍底黃字</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="171"/>
        <source>Black on Yellow (黄底黑字)</source>
        <translation>黃底黑字</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="172"/>
        <source>Yellow on Black (黑底黄字)</source>
        <translation>黑底黃字</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="182"/>
        <source>{toolbar}: {group}</source>
        <translation>{toolbar}：{group}</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="188"/>
        <source>Colour &amp;Scheme</source>
        <translation>配色(&amp;S)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="173"/>
        <source>&amp;Custom Colours…</source>
        <translation>自訂配色(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="278"/>
        <source>Show &amp;All Tools</source>
        <translation>顯示全部工具(&amp;A)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="190"/>
        <source>&amp;Line Focus</source>
        <translation>行聚焦(&amp;L)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="176"/>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="146"/>
        <source>&amp;Faster</source>
        <translation>加速(&amp;F)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="147"/>
        <source>Reading &amp;Mode</source>
        <translation>閱讀方式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="149"/>
        <source>&amp;Colours</source>
        <translation>配色(&amp;C)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="150"/>
        <source>Lar&amp;ger</source>
        <translation>放大(&amp;G)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="151"/>
        <source>Sm&amp;aller</source>
        <translation>縮小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="152"/>
        <source>Large Poi&amp;nter</source>
        <translation>大滑鼠(&amp;N)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="154"/>
        <source>Gu&amp;ide Lines</source>
        <translation>十字游標(&amp;I)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="156"/>
        <source>Caption &amp;Bar</source>
        <translation>大字幕(&amp;B)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="158"/>
        <source>Te&amp;xt Only</source>
        <translation>純文字(&amp;X)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="159"/>
        <source>&amp;Reset</source>
        <translation>重設(&amp;R)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="160"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="161"/>
        <source>Shor&amp;tcuts</source>
        <translation>快速鍵(&amp;T)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="167"/>
        <source>Captions and Help</source>
        <translation>字幕和說明</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="167"/>
        <source>Sound, Pointer and Text</source>
        <translation>聲音、滑鼠和文字</translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="176"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="336"/>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="349"/>
        <source>Colours: {name}</source>
        <translation>配色：{name}</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="354"/>
        <source>Line focus: {value}</source>
        <translation>行聚焦：{value}</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/accessibility_toolbar.py" line="359"/>
        <source>All display settings restored</source>
        <translation>所有顯示設定已恢復</translation>
    </message>
</context>
<context>
    <name>AudioExport</name>
    <message>
        <location filename="../reader/gui/speech/audio_export.py" line="46"/>
        <source>Save the reading of the document as a WAV sound file</source>
        <translation>把文件的朗讀儲存為 WAV 音訊檔案</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/audio_export.py" line="47"/>
        <source>Export &amp;Audio…</source>
        <translation>匯出音訊(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/audio_export.py" line="59"/>
        <source>Open a document first.</source>
        <translation>請先開啟一個文件。</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/audio_export.py" line="62"/>
        <location filename="../reader/gui/speech/audio_export.py" line="134"/>
        <location filename="../reader/gui/speech/audio_export.py" line="135"/>
        <source>Export Audio</source>
        <translation>匯出音訊</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/audio_export.py" line="63"/>
        <source>WAV sound (*.wav)</source>
        <translation>WAV 音訊 (*.wav)</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/audio_export.py" line="136"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/audio_export.py" line="138"/>
        <source>Exporting audio…</source>
        <translation>正在匯出音訊…</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/audio_export.py" line="141"/>
        <source>Exporting audio: sentence {done} of {total}</source>
        <translation>正在匯出音訊：第 {done} 句，共 {total} 句</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/audio_export.py" line="152"/>
        <source>Audio saved: {path} ({minutes}:{seconds:02d})</source>
        <translation>音訊已儲存：{path}（{minutes}:{seconds:02d}）</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/audio_export.py" line="155"/>
        <source>Audio export cancelled</source>
        <translation>已取消匯出音訊</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/audio_export.py" line="168"/>
        <source>The audio could not be exported: {reason}</source>
        <translation>無法匯出音訊：{reason}</translation>
    </message>
</context>
<context>
    <name>BookmarkDialog</name>
    <message>
        <location filename="../reader/gui/favorites/bookmark_dialog.py" line="14"/>
        <location filename="../reader/gui/favorites/bookmark_dialog.py" line="15"/>
        <location filename="../reader/gui/favorites/bookmark_dialog.py" line="29"/>
        <source>Add Bookmark</source>
        <translation>新增書籤</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/bookmark_dialog.py" line="17"/>
        <source>Bookmark at: {where}</source>
        <translation>書籤位置：{where}</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/bookmark_dialog.py" line="23"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/bookmark_dialog.py" line="24"/>
        <source>An optional note to keep with the bookmark</source>
        <translation>隨書籤儲存的備註，可以不填</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/bookmark_dialog.py" line="25"/>
        <source>Note (optional)</source>
        <translation>備註（可不填）</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/bookmark_dialog.py" line="26"/>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/bookmark_dialog.py" line="30"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>BookmarksImport</name>
    <message>
        <location filename="../reader/core/bookmarks_io.py" line="175"/>
        <source>{path} is not a regular file.</source>
        <translation>{path} 不是一般檔案。</translation>
    </message>
    <message>
        <location filename="../reader/core/bookmarks_io.py" line="244"/>
        <source>not valid text</source>
        <translation>不是有效的文字</translation>
    </message>
    <message>
        <location filename="../reader/core/bookmarks_io.py" line="253"/>
        <source>not a sentence number (0 to {limit})</source>
        <translation>不是有效的句子序號（應為 0 到 {limit}）</translation>
    </message>
    <message>
        <location filename="../reader/core/bookmarks_io.py" line="178"/>
        <source>{path} is too large to be a bookmarks file.</source>
        <translation>{path} 太大，不是書籤檔案。</translation>
    </message>
    <message>
        <location filename="../reader/core/bookmarks_io.py" line="153"/>
        <source>There is no file {path}.</source>
        <translation>沒有檔案 {path}。</translation>
    </message>
    <message>
        <location filename="../reader/core/bookmarks_io.py" line="155"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>無法讀取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../reader/core/bookmarks_io.py" line="158"/>
        <location filename="../reader/core/bookmarks_io.py" line="161"/>
        <source>{path} is not JSON ({reason}).</source>
        <translation>{path} 不是 JSON 檔案（{reason}）。</translation>
    </message>
    <message>
        <location filename="../reader/core/bookmarks_io.py" line="185"/>
        <source>{path} is not a bookmarks file of this reader.</source>
        <translation>{path} 不是本閱讀器的書籤檔案。</translation>
    </message>
    <message>
        <location filename="../reader/core/bookmarks_io.py" line="189"/>
        <source>{path} has no valid format version.</source>
        <translation>{path} 沒有有效的格式版本。</translation>
    </message>
    <message>
        <location filename="../reader/core/bookmarks_io.py" line="192"/>
        <source>{path} was written by a newer reader (format {version}); please update.</source>
        <translation>{path} 由更新版本的閱讀器寫入（格式 {version}），請升級閱讀器。</translation>
    </message>
    <message>
        <location filename="../reader/core/bookmarks_io.py" line="195"/>
        <source>{path} has no list of documents.</source>
        <translation>{path} 沒有文件清單。</translation>
    </message>
    <message>
        <location filename="../reader/core/bookmarks_io.py" line="216"/>
        <source>not a date and time: {value}</source>
        <translation>不是有效的日期時間：{value}</translation>
    </message>
    <message>
        <location filename="../reader/core/bookmarks_io.py" line="235"/>
        <source>missing or not text</source>
        <translation>缺失或不是文字</translation>
    </message>
    <message>
        <location filename="../reader/core/bookmarks_io.py" line="238"/>
        <source>longer than {limit} characters</source>
        <translation>超過 {limit} 個字元</translation>
    </message>
    <message>
        <location filename="../reader/core/bookmarks_io.py" line="264"/>
        <location filename="../reader/core/bookmarks_io.py" line="284"/>
        <location filename="../reader/core/bookmarks_io.py" line="308"/>
        <source>not an object</source>
        <translation>不是物件</translation>
    </message>
    <message>
        <location filename="../reader/core/bookmarks_io.py" line="293"/>
        <source>not a SHA-256 digest</source>
        <translation>不是 SHA-256 摘要</translation>
    </message>
    <message>
        <location filename="../reader/core/bookmarks_io.py" line="297"/>
        <source>not a list</source>
        <translation>不是清單</translation>
    </message>
    <message>
        <location filename="../reader/core/bookmarks_io.py" line="299"/>
        <source>document skipped with its bookmarks</source>
        <translation>已跳過此文件及其書籤</translation>
    </message>
</context>
<context>
    <name>CaptionBar</name>
    <message>
        <location filename="../reader/gui/display/caption_bar.py" line="149"/>
        <location filename="../reader/gui/display/caption_bar.py" line="150"/>
        <source>Caption</source>
        <translation>大字幕</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/caption_bar.py" line="152"/>
        <source>Shows in large type the sentence being read aloud, the paragraph under the mouse pointer or the sentence at the reading cursor.</source>
        <translation>以大字顯示正在朗讀的句子、滑鼠指標下的段落或閱讀游標所在的句子。</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/caption_bar.py" line="155"/>
        <source>Caption text</source>
        <translation>字幕文字</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../reader/gui/dialogs/command_palette.py" line="130"/>
        <location filename="../reader/gui/dialogs/command_palette.py" line="131"/>
        <source>Command Palette</source>
        <translation>命令面板</translation>
    </message>
    <message>
        <location filename="../reader/gui/dialogs/command_palette.py" line="132"/>
        <source>Type a command&apos;s name, in Chinese or English</source>
        <translation>輸入命令名稱，中文或英文均可</translation>
    </message>
    <message>
        <location filename="../reader/gui/dialogs/command_palette.py" line="133"/>
        <source>Search commands</source>
        <translation>搜尋命令</translation>
    </message>
    <message>
        <location filename="../reader/gui/dialogs/command_palette.py" line="134"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../reader/gui/dialogs/command_palette.py" line="136"/>
        <source>Type part of a command&apos;s name, in Chinese or English. Up and Down choose a command, Enter runs it, Esc closes.</source>
        <translation>輸入命令名稱的一部分，中文或英文均可。上下方向鍵選擇命令，Enter 鍵執行，Esc 鍵關閉。</translation>
    </message>
    <message>
        <location filename="../reader/gui/dialogs/command_palette.py" line="138"/>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../reader/gui/dialogs/command_palette.py" line="139"/>
        <source>The commands that match. Enter runs the selected one.</source>
        <translation>符合條件的命令。按 Enter 鍵執行選取的命令。</translation>
    </message>
    <message>
        <location filename="../reader/gui/dialogs/command_palette.py" line="140"/>
        <source>Number of commands found</source>
        <translation>找到的命令數</translation>
    </message>
    <message>
        <location filename="../reader/gui/dialogs/command_palette.py" line="188"/>
        <source>On</source>
        <translation>已開啟</translation>
    </message>
    <message>
        <location filename="../reader/gui/dialogs/command_palette.py" line="188"/>
        <source>Off</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <location filename="../reader/gui/dialogs/command_palette.py" line="198"/>
        <source>No commands found</source>
        <translation>沒有找到命令</translation>
    </message>
    <message>
        <location filename="../reader/gui/dialogs/command_palette.py" line="200"/>
        <source>1 command</source>
        <translation>1 個命令</translation>
    </message>
    <message>
        <location filename="../reader/gui/dialogs/command_palette.py" line="202"/>
        <source>{count} commands</source>
        <translation>{count} 個命令</translation>
    </message>
    <message>
        <location filename="../reader/gui/dialogs/command_palette.py" line="210"/>
        <source>{count}. First: {command}</source>
        <translation>{count}。第一個：{command}</translation>
    </message>
</context>
<context>
    <name>CommandPaletteFeature</name>
    <message>
        <location filename="../reader/gui/dialogs/command_palette_action.py" line="30"/>
        <source>&amp;Command Palette…</source>
        <translation>命令面板(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>CustomColours</name>
    <message>
        <location filename="../reader/gui/display/custom_colours.py" line="15"/>
        <source>Text Colour</source>
        <translation>文字顏色</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/custom_colours.py" line="19"/>
        <source>Background Colour</source>
        <translation>背景顏色</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/custom_colours.py" line="26"/>
        <source>These colours are too close to read well ({ratio:.1f}:1). Text needs at least {minimum:.0f}:1 against its background; please choose again.</source>
        <translation>這兩種顏色太接近，不易閱讀（{ratio:.1f}:1）。文字與背景的對比度至少需要 {minimum:.0f}:1，請重新選擇。</translation>
    </message>
</context>
<context>
    <name>DeleteUndo</name>
    <message>
        <location filename="../reader/gui/favorites/undo.py" line="48"/>
        <source>Bookmark deleted: {where}</source>
        <translation>已刪除書籤：{where}</translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/gui/favorites/undo.py" line="56"/>
        <source>Removed from My Favorites: {title} (%n bookmark(s)). Ctrl+Z puts it back.</source>
        <translation>
            <numerusform>已從我的收藏中移除：{title}（%n 個書籤）。按 Ctrl+Z 可恢復。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/undo.py" line="73"/>
        <source>Put back.</source>
        <translation>已恢復。</translation>
    </message>
</context>
<context>
    <name>DockTitleBar</name>
    <message>
        <location filename="../reader/gui/dock_title.py" line="36"/>
        <source>Close {panel}</source>
        <translation>關閉{panel}</translation>
    </message>
</context>
<context>
    <name>DocumentLoader</name>
    <message>
        <location filename="../reader/gui/view/document_loader.py" line="122"/>
        <source>Opening {name}…</source>
        <translation>正在開啟 {name}…</translation>
    </message>
    <message>
        <location filename="../reader/gui/view/document_loader.py" line="156"/>
        <source>Opening cancelled.</source>
        <translation>已取消開啟。</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../reader/gui/view/document_view.py" line="94"/>
        <source>Document text</source>
        <translation>文件正文</translation>
    </message>
    <message>
        <location filename="../reader/gui/view/document_view.py" line="95"/>
        <source>The text of the open document. Use the arrow keys to read.</source>
        <translation>目前文件的正文。用方向鍵閱讀。</translation>
    </message>
    <message>
        <location filename="../reader/gui/view/document_view.py" line="346"/>
        <source>Part {number} of {count}</source>
        <translation>第 {number} 部分，共 {count} 部分</translation>
    </message>
    <message>
        <location filename="../reader/gui/view/document_view.py" line="387"/>
        <source>The whole document is selected, all {count} parts: copying takes all of it.</source>
        <translation>已選取整份文件（共 {count} 部分），複製時將複製全文。</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../reader/gui/reading/edit_actions.py" line="36"/>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/edit_actions.py" line="37"/>
        <source>Select &amp;All</source>
        <translation>全選(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../reader/gui/output/export_dialog.py" line="40"/>
        <location filename="../reader/gui/output/export_dialog.py" line="41"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/export_dialog.py" line="42"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/export_dialog.py" line="43"/>
        <source>&amp;HTML web page</source>
        <translation>HTML 網頁(&amp;H)</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/export_dialog.py" line="43"/>
        <source>&amp;Markdown</source>
        <translation>Markdown(&amp;M)</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/export_dialog.py" line="44"/>
        <source>Plain &amp;text</source>
        <translation>純文字(&amp;T)</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/export_dialog.py" line="47"/>
        <source>Add &amp;pinyin to every character</source>
        <translation>為每個字加註拼音(&amp;P)</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/export_dialog.py" line="49"/>
        <source>In HTML above the characters; in Markdown and text in brackets after each word</source>
        <translation>HTML 中標在字的上方；Markdown 和純文字中用括號標在每個詞後</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/export_dialog.py" line="52"/>
        <source>Pinyin is not available: the Python package pypinyin is missing.</source>
        <translation>拼音不可用：缺少 Python 套件 pypinyin。</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/export_dialog.py" line="53"/>
        <source>&amp;Choose File…</source>
        <translation>選擇檔案(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/export_dialog.py" line="54"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <location filename="../reader/gui/output/export_menu.py" line="47"/>
        <source>E&amp;xport…</source>
        <translation>匯出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/export_menu.py" line="48"/>
        <source>Save the document as an HTML web page, Markdown or plain text</source>
        <translation>把文件儲存為 HTML 網頁、Markdown 或純文字</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/export_menu.py" line="54"/>
        <source>Open a document first.</source>
        <translation>請先開啟一個文件。</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/export_menu.py" line="57"/>
        <source>Still exporting the last document…</source>
        <translation>上一個文件還在匯出…</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/export_menu.py" line="102"/>
        <source>HTML web pages (*.html *.htm)</source>
        <translation>HTML 網頁 (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/export_menu.py" line="103"/>
        <source>Markdown files (*.md *.markdown)</source>
        <translation>Markdown 檔案 (*.md *.markdown)</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/export_menu.py" line="104"/>
        <source>Text files (*.txt)</source>
        <translation>文字檔 (*.txt)</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/export_menu.py" line="108"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/export_menu.py" line="128"/>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/export_menu.py" line="152"/>
        <source>the Python package pypinyin is missing</source>
        <translation>缺少 Python 套件 pypinyin</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/export_menu.py" line="165"/>
        <source>Exported: {path}</source>
        <translation>已匯出：{path}</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/export_menu.py" line="163"/>
        <source>Could not export to {path}: {reason}</source>
        <translation>無法匯出到 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>FavoriteOpener</name>
    <message>
        <location filename="../reader/gui/favorites/opening.py" line="49"/>
        <source>“{title}” is no longer available: its file and the reader&apos;s copy are both gone.</source>
        <translation>“{title}”已無法開啟：原檔案和閱讀器儲存的副本都不在了。</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/opening.py" line="80"/>
        <source>The text has changed since the bookmark was made; this is the nearest place.</source>
        <translation>新增書籤後文字已有改動，這是最接近的位置。</translation>
    </message>
</context>
<context>
    <name>Favorites</name>
    <message>
        <location filename="../reader/gui/favorites/controller.py" line="153"/>
        <source>Open a document first.</source>
        <translation>請先開啟一個文件。</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/controller.py" line="179"/>
        <source>Added to My Favorites: {title}</source>
        <translation>已加入我的收藏：{title}</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/controller.py" line="211"/>
        <source>Bookmark added: {where}</source>
        <translation>已新增書籤：{where}</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/controller.py" line="271"/>
        <source>Renamed: {title}</source>
        <translation>已重新命名：{title}</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/controller.py" line="280"/>
        <source>Note saved.</source>
        <translation>備註已儲存。</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/controller.py" line="280"/>
        <source>Note removed.</source>
        <translation>備註已刪除。</translation>
    </message>
</context>
<context>
    <name>FavoritesMenu</name>
    <message>
        <location filename="../reader/gui/favorites/menu.py" line="43"/>
        <source>&amp;Bookmarks</source>
        <translation>收藏(&amp;B)</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/menu.py" line="45"/>
        <source>Add to My &amp;Favorites</source>
        <translation>收藏本文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/menu.py" line="46"/>
        <source>Keep this document in My Favorites, or take it out</source>
        <translation>把本文件加入我的收藏，或從中移除</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/menu.py" line="47"/>
        <source>Add &amp;Bookmark…</source>
        <translation>新增書籤(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/menu.py" line="48"/>
        <source>Bookmark the sentence at the reading cursor, with a note</source>
        <translation>在目前閱讀的句子處新增書籤，可附備註</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/menu.py" line="49"/>
        <source>&amp;My Favorites</source>
        <translation>我的收藏(&amp;M)</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/menu.py" line="49"/>
        <source>List the favorite documents and their bookmarks</source>
        <translation>列出收藏的文件及其書籤</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/menu.py" line="50"/>
        <source>&amp;Undo Delete</source>
        <translation>復原刪除(&amp;U)</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/menu.py" line="50"/>
        <source>Put back the favorite or bookmark just deleted</source>
        <translation>恢復剛剛刪除的收藏或書籤</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/menu.py" line="51"/>
        <source>&amp;Export Favorites…</source>
        <translation>匯出收藏(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/menu.py" line="52"/>
        <source>Save every favorite and bookmark to a file (a backup)</source>
        <translation>把全部收藏和書籤儲存到檔案（備份）</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/menu.py" line="53"/>
        <source>&amp;Import Favorites…</source>
        <translation>匯入收藏(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/menu.py" line="54"/>
        <source>Add the favorites and bookmarks of an exported file</source>
        <translation>從匯出的檔案中新增收藏和書籤</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/menu.py" line="55"/>
        <source>Export &amp;Notes as Markdown…</source>
        <translation>匯出筆記為 Markdown(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/menu.py" line="56"/>
        <source>Save the bookmarks and their notes as a Markdown file</source>
        <translation>把書籤及其備註儲存為 Markdown 檔案</translation>
    </message>
</context>
<context>
    <name>FavoritesPanel</name>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="143"/>
        <location filename="../reader/gui/favorites/transfer.py" line="77"/>
        <source>My Favorites</source>
        <translation>我的收藏</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="144"/>
        <source>Filter: words or pinyin initials</source>
        <translation>篩選：文字或拼音首字母</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="145"/>
        <source>Filter favorites</source>
        <translation>篩選收藏</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="146"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="148"/>
        <source>Shows only the documents and bookmarks containing these words, or whose pinyin initials they are</source>
        <translation>只顯示包含這些文字、或拼音首字母相符的文件和書籤</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="149"/>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="150"/>
        <source>By title (pinyin)</source>
        <translation>按標題（拼音）</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="151"/>
        <source>Sort favorites</source>
        <translation>收藏排序</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="152"/>
        <source>Newest first, or by title in pinyin order</source>
        <translation>最新在前，或按標題拼音排序</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="153"/>
        <source>&amp;Filter:</source>
        <translation>篩選(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="154"/>
        <source>&amp;Sort:</source>
        <translation>排序(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="155"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="155"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="155"/>
        <source>Added</source>
        <translation>新增日期</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="156"/>
        <source>Favorites and bookmarks</source>
        <translation>收藏和書籤</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="158"/>
        <source>Enter opens, F2 renames or edits the note, Delete deletes, Ctrl+Z undoes</source>
        <translation>Enter 開啟，F2 重新命名或編輯備註，Delete 刪除，Ctrl+Z 復原</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="171"/>
        <source>No favorites yet. Ctrl+D keeps the document you are reading; Ctrl+B bookmarks the sentence you are at.</source>
        <translation>還沒有收藏。按 Ctrl+D 收藏正在閱讀的文件，按 Ctrl+B 在目前句子處新增書籤。</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="333"/>
        <source>1 bookmark</source>
        <translation>1 個書籤</translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/gui/favorites/panel.py" line="333"/>
        <source>%n bookmarks</source>
        <translation>
            <numerusform>%n 個書籤</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="160"/>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="160"/>
        <source>Open the selected document or bookmark (Enter)</source>
        <translation>開啟選取的文件或書籤（Enter）</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="161"/>
        <source>&amp;Rename / Note</source>
        <translation>重新命名/備註(&amp;R)</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="162"/>
        <source>Rename the selected document or edit the bookmark&apos;s note (F2)</source>
        <translation>重新命名選取的文件，或編輯書籤的備註（F2）</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="163"/>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="163"/>
        <source>Delete the selected entry (Delete)</source>
        <translation>刪除選取的條目（Delete）</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="164"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="164"/>
        <source>Put back what was just deleted (Ctrl+Z)</source>
        <translation>恢復剛剛刪除的內容（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="294"/>
        <source>Changed: {place}</source>
        <translation>已改動：{place}</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="300"/>
        <source>The text has changed since the bookmark was made; it is now at the nearest place. It was: {text}</source>
        <translation>新增書籤後文字已有改動，書籤已放在最接近的位置。原本是：{text}</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel.py" line="170"/>
        <source>Nothing matches “{query}”.</source>
        <translation>沒有與“{query}”相符的內容。</translation>
    </message>
</context>
<context>
    <name>FavoritesStore</name>
    <message>
        <location filename="../reader/gui/favorites/store_service.py" line="70"/>
        <source>My Favorites cannot be opened: {reason}</source>
        <translation>無法開啟我的收藏：{reason}</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/store_service.py" line="86"/>
        <source>The favorites file was damaged, so the reader started a new one. The damaged file was kept as {path}.</source>
        <translation>收藏檔案已損壞，閱讀器已建立新的收藏。損壞的檔案已保留為 {path}。</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/store_service.py" line="130"/>
        <source>The bookmarks could not be moved to the changed document: {reason}</source>
        <translation>書籤無法移到已改動的文件：{reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/gui/favorites/store_service.py" line="138"/>
        <source>The text has changed around %n bookmark(s); each is now at the nearest place and marked “Changed” in My Favorites.</source>
        <translation>
            <numerusform>有 %n 個書籤處的文字已有改動，皆已放在最接近的位置，並在「我的收藏」中標示為「已改動」。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FavoritesTransfer</name>
    <message>
        <location filename="../reader/gui/favorites/transfer.py" line="38"/>
        <source>Export Favorites</source>
        <translation>匯出收藏</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/transfer.py" line="38"/>
        <source>Bookmarks (*.json)</source>
        <translation>書籤檔案 (*.json)</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/transfer.py" line="43"/>
        <source>Export Notes as Markdown</source>
        <translation>匯出筆記為 Markdown</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/transfer.py" line="43"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown 檔案 (*.md)</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/transfer.py" line="50"/>
        <location filename="../reader/gui/favorites/transfer.py" line="139"/>
        <location filename="../reader/gui/favorites/transfer.py" line="140"/>
        <source>Import Favorites</source>
        <translation>匯入收藏</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/transfer.py" line="51"/>
        <source>Bookmarks (*.json);;All files (*)</source>
        <translation>書籤檔案 (*.json);;所有檔案 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/gui/favorites/transfer.py" line="67"/>
        <source>Saved %n bookmark(s) to {path}</source>
        <translation>
            <numerusform>已把 %n 個書籤儲存到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/transfer.py" line="81"/>
        <source>Notes saved to {path}</source>
        <translation>筆記已儲存到 {path}</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/transfer.py" line="86"/>
        <source>Could not write {path}: {reason}</source>
        <translation>無法寫入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/transfer.py" line="97"/>
        <source>Still importing favorites…</source>
        <translation>仍在匯入收藏…</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/transfer.py" line="141"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/transfer.py" line="143"/>
        <source>Reading the file…</source>
        <translation>正在讀取檔案…</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/transfer.py" line="145"/>
        <source>Checking the bookmarks…</source>
        <translation>正在檢查書籤…</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/transfer.py" line="147"/>
        <source>Saving the bookmarks…</source>
        <translation>正在儲存書籤…</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/transfer.py" line="168"/>
        <source>Import cancelled: nothing was added.</source>
        <translation>已取消匯入：未新增任何內容。</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/transfer.py" line="177"/>
        <source>The favorites could not be imported: {reason}</source>
        <translation>無法匯入收藏：{reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/gui/favorites/transfer.py" line="179"/>
        <source>Imported %n bookmark(s).</source>
        <translation>
            <numerusform>已匯入 %n 個書籤。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/gui/favorites/transfer.py" line="181"/>
        <source>%n were already there.</source>
        <translation>
            <numerusform>%n 個已存在。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/gui/favorites/transfer.py" line="186"/>
        <source>%n entries were skipped: </source>
        <translation>
            <numerusform>跳過了 %n 個條目：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FavoritesWindow</name>
    <message>
        <location filename="../reader/gui/favorites/panel_host.py" line="42"/>
        <location filename="../reader/gui/favorites/panel_host.py" line="43"/>
        <source>My Favorites</source>
        <translation>我的收藏</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel_host.py" line="44"/>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <location filename="../reader/gui/favorites/panel_host.py" line="44"/>
        <source>Close My Favorites</source>
        <translation>關閉我的收藏</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../reader/gui/feedback.py" line="71"/>
        <source>{what} on</source>
        <translation>{what}已開啟</translation>
    </message>
    <message>
        <location filename="../reader/gui/feedback.py" line="71"/>
        <source>{what} off</source>
        <translation>{what}已關閉</translation>
    </message>
</context>
<context>
    <name>FileWatch</name>
    <message>
        <location filename="../reader/gui/view/file_watch.py" line="62"/>
        <source>R&amp;eload</source>
        <translation>重新載入(&amp;E)</translation>
    </message>
    <message>
        <location filename="../reader/gui/view/file_watch.py" line="63"/>
        <source>Read the document again from its file, keeping your place</source>
        <translation>從檔案重新讀取文件，保留閱讀位置</translation>
    </message>
    <message>
        <location filename="../reader/gui/view/file_watch.py" line="105"/>
        <source>{name} has changed on disk.</source>
        <translation>{name} 已在磁碟上被修改。</translation>
    </message>
    <message>
        <location filename="../reader/gui/view/file_watch.py" line="106"/>
        <source>Reload</source>
        <translation>重新載入</translation>
    </message>
    <message>
        <location filename="../reader/gui/view/file_watch.py" line="130"/>
        <source>Reloaded: {title}</source>
        <translation>已重新載入：{title}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../reader/gui/reading/find_bar.py" line="106"/>
        <source>Find bar</source>
        <translation>尋找列</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/find_bar.py" line="107"/>
        <source>Find words in the document.</source>
        <translation>在文件中尋找文字。</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/find_bar.py" line="108"/>
        <source>Find:</source>
        <translation>尋找：</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/find_bar.py" line="109"/>
        <location filename="../reader/gui/reading/find_bar.py" line="110"/>
        <source>Find in document</source>
        <translation>在文件中尋找</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/find_bar.py" line="111"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/find_bar.py" line="113"/>
        <source>Type the words to find. Enter goes to the next match, Shift+Enter to the previous one, Esc closes the find bar.</source>
        <translation>輸入要尋找的文字。按 Enter 鍵轉到下一處，Shift+Enter 鍵轉到上一處，按 Esc 鍵關閉尋找列。</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/find_bar.py" line="115"/>
        <source>Which match is shown, and how many there are.</source>
        <translation>目前是第幾個相符處，一共有幾個。</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/find_bar.py" line="116"/>
        <source>Previous match</source>
        <translation>上一個相符處</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/find_bar.py" line="117"/>
        <source>Go to the previous match (Shift+F3).</source>
        <translation>轉到上一個相符處（Shift+F3）。</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/find_bar.py" line="118"/>
        <source>Next match</source>
        <translation>下一個相符處</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/find_bar.py" line="118"/>
        <source>Go to the next match (F3).</source>
        <translation>轉到下一個相符處（F3）。</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/find_bar.py" line="119"/>
        <source>Results</source>
        <translation>結果清單</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/find_bar.py" line="120"/>
        <source>Show results list</source>
        <translation>顯示結果清單</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/find_bar.py" line="121"/>
        <source>Show or hide the list of all matches, grouped by section.</source>
        <translation>顯示或隱藏全部相符項目的清單，按章節分組。</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/find_bar.py" line="122"/>
        <source>Close find bar</source>
        <translation>關閉尋找列</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/find_bar.py" line="123"/>
        <source>Close the find bar and clear the highlights (Esc).</source>
        <translation>關閉尋找列並清除醒目提示（Esc）。</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/find_bar.py" line="158"/>
        <source>Match count</source>
        <translation>相符數</translation>
    </message>
</context>
<context>
    <name>FindController</name>
    <message>
        <location filename="../reader/gui/reading/find_bar.py" line="232"/>
        <source>&amp;Find…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/find_bar.py" line="233"/>
        <source>Find &amp;Next</source>
        <translation>尋找下一處(&amp;N)</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/find_bar.py" line="234"/>
        <source>Find &amp;Previous</source>
        <translation>尋找上一處(&amp;P)</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/find_bar.py" line="585"/>
        <source>No matches</source>
        <translation>沒有相符項目</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/find_bar.py" line="588"/>
        <source>{current} of {total}</source>
        <translation>第 {current} 項，共 {total} 項</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/find_bar.py" line="606"/>
        <source>{position}, continued from the top</source>
        <translation>{position}，已從開頭繼續</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/find_bar.py" line="607"/>
        <source>{position}, continued from the bottom</source>
        <translation>{position}，已從末尾繼續</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../reader/gui/language.py" line="44"/>
        <source>As the &amp;System</source>
        <translation>跟隨系統(&amp;S)</translation>
    </message>
    <message>
        <location filename="../reader/gui/language.py" line="50"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../reader/gui/language.py" line="56"/>
        <source>Interface language: {language}</source>
        <translation>介面語言：{language}</translation>
    </message>
</context>
<context>
    <name>LoadError</name>
    <message>
        <location filename="../reader/core/loading.py" line="18"/>
        <source>The file {path} does not exist.</source>
        <translation>檔案 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../reader/core/loading.py" line="19"/>
        <source>{path} is a folder, not a document.</source>
        <translation>{path} 是資料夾，不是文件。</translation>
    </message>
    <message>
        <location filename="../reader/core/loading.py" line="20"/>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>無法讀取檔案 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../reader/core/loading.py" line="21"/>
        <source>{path} is not a document file (it is a device, a pipe or a socket).</source>
        <translation>{path} 不是文件檔案（它是裝置、管線或通訊端）。</translation>
    </message>
    <message>
        <location filename="../reader/core/loading.py" line="24"/>
        <source>The file {path} is empty.</source>
        <translation>檔案 {path} 是空的。</translation>
    </message>
    <message>
        <location filename="../reader/core/loading.py" line="25"/>
        <source>The file {path} is too large ({size} MB); the limit is {limit} MB.</source>
        <translation>檔案 {path} 太大（{size} MB），上限為 {limit} MB。</translation>
    </message>
    <message>
        <location filename="../reader/core/loading.py" line="28"/>
        <source>The file {path} is not a text or web page document (it holds binary data).</source>
        <translation>檔案 {path} 不是文字或網頁文件（其中含有二進位資料）。</translation>
    </message>
    <message>
        <location filename="../reader/core/loading.py" line="31"/>
        <source>The text of {path} is in an encoding the reader does not know.</source>
        <translation>檔案 {path} 的文字編碼無法識別。</translation>
    </message>
    <message>
        <location filename="../reader/core/loading.py" line="34"/>
        <source>The file {path} holds no readable text.</source>
        <translation>檔案 {path} 中沒有可閱讀的文字。</translation>
    </message>
    <message>
        <location filename="../reader/core/parsing/formats.py" line="26"/>
        <source>{path} is a scanned image of a document: it has no text layer, and the reader cannot read images yet.</source>
        <translation>{path} 是文件的掃描圖片，沒有文字層；閱讀器暫時還不能讀取圖片。</translation>
    </message>
    <message>
        <location filename="../reader/core/parsing/formats.py" line="29"/>
        <source>{path} is protected by a password; the reader cannot open it.</source>
        <translation>{path} 受密碼保護，閱讀器無法開啟。</translation>
    </message>
    <message>
        <location filename="../reader/core/parsing/formats.py" line="31"/>
        <source>{path} is damaged or incomplete: it is not a {format} file the reader can read.</source>
        <translation>{path} 已損毀或不完整，不是閱讀器能讀取的 {format} 檔案。</translation>
    </message>
    <message>
        <location filename="../reader/core/parsing/formats.py" line="33"/>
        <source>{path} unpacks to more than {limit} MB; the reader does not open it.</source>
        <translation>{path} 解壓縮後超過 {limit} MB，閱讀器不開啟它。</translation>
    </message>
    <message>
        <location filename="../reader/core/parsing/formats.py" line="35"/>
        <source>Old Word documents (.doc) such as {path} need antiword or LibreOffice, and neither is installed.</source>
        <translation>開啟 {path} 這類舊版 Word 文件（.doc）需要 antiword 或 LibreOffice，兩者都沒有安裝。</translation>
    </message>
</context>
<context>
    <name>LoadProgress</name>
    <message>
        <location filename="../reader/gui/view/document_loader.py" line="74"/>
        <source>Opening progress</source>
        <translation>開啟進度</translation>
    </message>
    <message>
        <location filename="../reader/gui/view/document_loader.py" line="75"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../reader/gui/view/document_loader.py" line="76"/>
        <source>Stop opening this document (Esc)</source>
        <translation>停止開啟此文件（Esc）</translation>
    </message>
    <message>
        <location filename="../reader/gui/view/document_loader.py" line="77"/>
        <source>Opening a document</source>
        <translation>正在開啟文件</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../reader/gui/app.py" line="32"/>
        <location filename="../reader/gui/main_window.py" line="180"/>
        <location filename="../reader/gui/main_window.py" line="362"/>
        <source>Reader</source>
        <translation>公文無障礙閱讀器</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="131"/>
        <source>Your settings file could not be read, so the reader started with its defaults. The damaged file was kept as {path}.</source>
        <translation>設定檔無法讀取，閱讀器已使用預設設定啟動。損壞的檔案已保留為 {path}。</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="181"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="182"/>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="183"/>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="199"/>
        <source>Open the &amp;Sample Report</source>
        <translation>開啟範例報告(&amp;S)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="184"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="185"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="186"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="187"/>
        <source>Outline</source>
        <translation>目錄</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="188"/>
        <source>&amp;Outline</source>
        <translation>目錄(&amp;O)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="189"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="190"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="201"/>
        <source>&amp;About Reader</source>
        <translation>關於閱讀器(&amp;A)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="226"/>
        <source>No recent documents</source>
        <translation>沒有最近開啟的文件</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="230"/>
        <source>&amp;Clear List</source>
        <translation>清空清單(&amp;C)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="243"/>
        <source>Open Document</source>
        <translation>開啟文件</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="244"/>
        <source>Documents ({patterns});;All files (*)</source>
        <translation>文件 ({patterns});;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="281"/>
        <source>The document could not be opened: {reason}</source>
        <translation>無法開啟此文件：{reason}</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="301"/>
        <source>Opened: {title}</source>
        <translation>已開啟：{title}</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="319"/>
        <source>No installed font has these characters of the document, so they show as empty boxes: {characters}. A font with the rarer Chinese characters shows them (on Debian or Ubuntu: fonts-hanazono).</source>
        <translation>本文件中的這些字元沒有已安裝的字型可以顯示，會顯示為空白方框：{characters}。安裝含有罕用漢字的字型後即可顯示（Debian 或 Ubuntu 上可安裝 fonts-hanazono）。</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="395"/>
        <source>About Reader</source>
        <translation>關於閱讀器</translation>
    </message>
    <message>
        <location filename="../reader/gui/main_window.py" line="396"/>
        <source>Reader: an accessible reader for Chinese government documents. It never uses the network and never runs scripts from documents.</source>
        <translation>公文無障礙閱讀器：為長者、低視力和視障讀者閱讀政府公文而做。它從不聯網，也從不執行文件中的指令碼。</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../reader/gui/message_bar.py" line="84"/>
        <location filename="../reader/gui/message_bar.py" line="85"/>
        <source>Close message</source>
        <translation>關閉訊息</translation>
    </message>
    <message>
        <location filename="../reader/gui/message_bar.py" line="86"/>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <location filename="../reader/gui/message_bar.py" line="87"/>
        <source>Details</source>
        <translation>詳細資訊</translation>
    </message>
    <message>
        <location filename="../reader/gui/message_bar.py" line="88"/>
        <source>Show the technical details</source>
        <translation>顯示技術細節</translation>
    </message>
</context>
<context>
    <name>MetadataCard</name>
    <message>
        <location filename="../reader/core/block_writing.py" line="35"/>
        <source>Index number</source>
        <translation>索引號</translation>
    </message>
    <message>
        <location filename="../reader/core/block_writing.py" line="36"/>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../reader/core/block_writing.py" line="37"/>
        <source>Publisher</source>
        <translation>發布機構</translation>
    </message>
    <message>
        <location filename="../reader/core/block_writing.py" line="38"/>
        <source>Date written</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <location filename="../reader/core/block_writing.py" line="39"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../reader/core/block_writing.py" line="40"/>
        <source>Document number</source>
        <translation>文號</translation>
    </message>
    <message>
        <location filename="../reader/core/block_writing.py" line="41"/>
        <source>Date published</source>
        <translation>發布日期</translation>
    </message>
    <message>
        <location filename="../reader/core/block_writing.py" line="42"/>
        <source>Subject words</source>
        <translation>主題詞</translation>
    </message>
    <message>
        <location filename="../reader/core/block_writing.py" line="43"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../reader/gui/view/text_writing.py" line="72"/>
        <source>{label}: </source>
        <translation>{label}：</translation>
    </message>
</context>
<context>
    <name>NavigationMenu</name>
    <message>
        <location filename="../reader/gui/reading/navigation_menu.py" line="66"/>
        <source>&amp;Go</source>
        <translation>移至(&amp;G)</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/navigation_menu.py" line="52"/>
        <source>Next &amp;Heading</source>
        <translation>下一個標題(&amp;H)</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/navigation_menu.py" line="53"/>
        <source>Previous Heading</source>
        <translation>上一個標題</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/navigation_menu.py" line="54"/>
        <source>Next Heading of Level {level}</source>
        <translation>下一個{level}級標題</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/navigation_menu.py" line="56"/>
        <source>Next &amp;Paragraph</source>
        <translation>下一段(&amp;P)</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/navigation_menu.py" line="57"/>
        <source>Previous Paragraph</source>
        <translation>上一段</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/navigation_menu.py" line="58"/>
        <source>Next &amp;Section</source>
        <translation>下一節(&amp;S)</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/navigation_menu.py" line="59"/>
        <source>Previous Section</source>
        <translation>上一節</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/navigation_menu.py" line="60"/>
        <source>&amp;Beginning of Document</source>
        <translation>文件開頭(&amp;B)</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/navigation_menu.py" line="61"/>
        <source>&amp;End of Document</source>
        <translation>文件末尾(&amp;E)</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/navigation_menu.py" line="62"/>
        <source>&amp;Where Am I</source>
        <translation>我在哪裡(&amp;W)</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/navigation_menu.py" line="86"/>
        <source>Nothing further in that direction</source>
        <translation>這個方向沒有更多內容了</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/navigation_menu.py" line="110"/>
        <source>{percent}% through</source>
        <translation>已讀到 {percent}%</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../reader/gui/reading/outline_panel.py" line="18"/>
        <source>Level 1 heading</source>
        <translation>一級標題</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/outline_panel.py" line="19"/>
        <source>Level 2 heading</source>
        <translation>二級標題</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/outline_panel.py" line="20"/>
        <source>Level 3 heading</source>
        <translation>三級標題</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/outline_panel.py" line="21"/>
        <source>Level 4 heading</source>
        <translation>四級標題</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/outline_panel.py" line="22"/>
        <source>Level 5 heading</source>
        <translation>五級標題</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/outline_panel.py" line="23"/>
        <source>Level 6 heading</source>
        <translation>六級標題</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/outline_panel.py" line="58"/>
        <source>Headings</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/outline_panel.py" line="59"/>
        <source>Outline</source>
        <translation>目錄</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/outline_panel.py" line="60"/>
        <source>The headings of the document. Press Enter to go to one.</source>
        <translation>文件的各級標題。按 Enter 鍵跳至該處。</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <location filename="../reader/core/output_file.py" line="18"/>
        <source>Will not write over the document itself: {path}.</source>
        <translation>不會覆寫文件本身：{path}。</translation>
    </message>
    <message>
        <location filename="../reader/core/output_file.py" line="19"/>
        <source>Cannot write {path}: it is a folder.</source>
        <translation>無法寫入 {path}：它是資料夾。</translation>
    </message>
    <message>
        <location filename="../reader/core/output_file.py" line="20"/>
        <source>Will not write over {path}: it is a link to another file; give the file&apos;s own name.</source>
        <translation>不會覆寫 {path}：它是指向另一個檔案的連結；請給出該檔案本身的名稱。</translation>
    </message>
    <message>
        <location filename="../reader/core/output_file.py" line="22"/>
        <source>Will not write over {path}: it is not a file (it is a device, a pipe or a socket).</source>
        <translation>不會覆寫 {path}：它不是檔案（它是裝置、管線或通訊端）。</translation>
    </message>
    <message>
        <location filename="../reader/core/output_file.py" line="24"/>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>無法寫入 {path}：資料夾 {folder} 不存在。</translation>
    </message>
</context>
<context>
    <name>PanelHost</name>
    <message>
        <location filename="../reader/gui/favorites/panel_host.py" line="67"/>
        <source>My Favorites</source>
        <translation>我的收藏</translation>
    </message>
</context>
<context>
    <name>PinyinController</name>
    <message>
        <location filename="../reader/gui/pinyin/pinyin_overlay.py" line="112"/>
        <source>Pinyin: {what}</source>
        <translation>拼音：{what}</translation>
    </message>
    <message>
        <location filename="../reader/gui/pinyin/pinyin_overlay.py" line="163"/>
        <source>Loading pinyin…</source>
        <translation>正在載入拼音…</translation>
    </message>
    <message>
        <location filename="../reader/gui/pinyin/pinyin_overlay.py" line="180"/>
        <source>Pinyin is not available: the Python package pypinyin is missing (pip install pypinyin).</source>
        <translation>拼音不可用：缺少 Python 套件 pypinyin（pip install pypinyin）。</translation>
    </message>
    <message>
        <location filename="../reader/gui/pinyin/pinyin_overlay.py" line="185"/>
        <source>Pinyin ready</source>
        <translation>拼音已就緒</translation>
    </message>
    <message>
        <location filename="../reader/gui/pinyin/pinyin_overlay.py" line="272"/>
        <source>&amp;Pinyin (拼音)</source>
        <translation>拼音(&amp;P)</translation>
    </message>
    <message>
        <location filename="../reader/gui/pinyin/pinyin_overlay.py" line="260"/>
        <source>&amp;Off</source>
        <translation>關閉(&amp;O)</translation>
    </message>
    <message>
        <location filename="../reader/gui/pinyin/pinyin_overlay.py" line="260"/>
        <source>&amp;Uncommon Characters Only</source>
        <translation>僅生僻字(&amp;U)</translation>
    </message>
    <message>
        <location filename="../reader/gui/pinyin/pinyin_overlay.py" line="261"/>
        <source>&amp;Every Character</source>
        <translation>每個字(&amp;E)</translation>
    </message>
    <message>
        <location filename="../reader/gui/pinyin/pinyin_overlay.py" line="267"/>
        <source>No pinyin over the text</source>
        <translation>文字上方不顯示拼音</translation>
    </message>
    <message>
        <location filename="../reader/gui/pinyin/pinyin_overlay.py" line="268"/>
        <source>Pinyin over characters outside the 3,755 most common ones</source>
        <translation>在 3755 個常用字以外的字上方顯示拼音</translation>
    </message>
    <message>
        <location filename="../reader/gui/pinyin/pinyin_overlay.py" line="269"/>
        <source>Pinyin over every Chinese character</source>
        <translation>在每個漢字上方顯示拼音</translation>
    </message>
    <message>
        <location filename="../reader/gui/pinyin/pinyin_overlay.py" line="264"/>
        <source>Tone &amp;Marks (zhòng)</source>
        <translation>聲調符號 zhòng(&amp;M)</translation>
    </message>
    <message>
        <location filename="../reader/gui/pinyin/pinyin_overlay.py" line="264"/>
        <source>Tone &amp;Numbers (zhong4)</source>
        <translation>聲調數字 zhong4(&amp;N)</translation>
    </message>
    <message>
        <location filename="../reader/gui/pinyin/pinyin_overlay.py" line="273"/>
        <source>&amp;Correct Reading…</source>
        <translation>糾正讀音(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../reader/gui/pinyin/pinyin_overlay.py" line="274"/>
        <source>Choose the right pinyin for the character at the caret</source>
        <translation>為游標處的字選擇正確的拼音</translation>
    </message>
    <message>
        <location filename="../reader/gui/pinyin/pinyin_overlay.py" line="294"/>
        <source>Put the caret on a Chinese character to correct its reading.</source>
        <translation>請把游標放在一個漢字上，再糾正它的讀音。</translation>
    </message>
    <message>
        <location filename="../reader/gui/pinyin/pinyin_overlay.py" line="323"/>
        <source>As the dictionary reads it ({reading})</source>
        <translation>按詞典讀音（{reading}）</translation>
    </message>
    <message>
        <location filename="../reader/gui/pinyin/pinyin_overlay.py" line="325"/>
        <source>Reading of {char} in {word}:</source>
        <translation>“{word}”中“{char}”的讀音：</translation>
    </message>
    <message>
        <location filename="../reader/gui/pinyin/pinyin_overlay.py" line="326"/>
        <source>Reading of {char}:</source>
        <translation>“{char}”的讀音：</translation>
    </message>
    <message>
        <location filename="../reader/gui/pinyin/pinyin_overlay.py" line="327"/>
        <source>Correct Reading</source>
        <translation>糾正讀音</translation>
    </message>
    <message>
        <location filename="../reader/gui/pinyin/pinyin_overlay.py" line="336"/>
        <source>{char} reads {reading}</source>
        <translation>“{char}”讀作 {reading}</translation>
    </message>
    <message>
        <location filename="../reader/gui/pinyin/pinyin_overlay.py" line="369"/>
        <source>Correct Reading of “{char}”…</source>
        <translation>糾正“{char}”的讀音…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../reader/gui/output/print_menu.py" line="86"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/print_menu.py" line="86"/>
        <source>Show how the document prints, then print it</source>
        <translation>先預覽列印效果，再列印文件</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/print_menu.py" line="87"/>
        <source>&amp;Export as PDF…</source>
        <translation>匯出為 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/print_menu.py" line="88"/>
        <source>Save the document as a PDF file laid out for printing</source>
        <translation>把文件按列印版式儲存為 PDF 檔案</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/print_menu.py" line="132"/>
        <source>Open a document first.</source>
        <translation>請先開啟一個文件。</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/print_menu.py" line="95"/>
        <location filename="../reader/gui/output/print_menu.py" line="96"/>
        <source>Print Preview</source>
        <translation>列印預覽</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/print_menu.py" line="108"/>
        <location filename="../reader/gui/output/print_menu.py" line="110"/>
        <source>Zoom</source>
        <translation>縮放</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/print_menu.py" line="119"/>
        <source>Zoom:</source>
        <translation>縮放：</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/print_menu.py" line="122"/>
        <source>Page number</source>
        <translation>頁碼</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/print_menu.py" line="126"/>
        <location filename="../reader/gui/output/print_menu.py" line="128"/>
        <source>Pages</source>
        <translation>頁面</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/print_menu.py" line="151"/>
        <source>Laying out the pages…</source>
        <translation>正在排版頁面…</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/print_menu.py" line="177"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/print_menu.py" line="213"/>
        <source>Export as PDF</source>
        <translation>匯出為 PDF</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/print_menu.py" line="214"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/print_menu.py" line="226"/>
        <source>Saving the PDF file…</source>
        <translation>正在儲存 PDF 檔案…</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/print_menu.py" line="235"/>
        <source>The PDF file was not saved.</source>
        <translation>未儲存 PDF 檔案。</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/print_menu.py" line="237"/>
        <source>Saved as PDF: {path} ({pages} pages)</source>
        <translation>已儲存為 PDF：{path}（共 {pages} 頁）</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/print_menu.py" line="239"/>
        <source>Could not write the PDF file {path}.</source>
        <translation>無法寫入 PDF 檔案 {path}。</translation>
    </message>
    <message>
        <location filename="../reader/gui/output/printing.py" line="665"/>
        <source>Reader</source>
        <translation>公文無障礙閱讀器</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../reader/gui/qt_translation_gaps.py" line="17"/>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <location filename="../reader/gui/qt_translation_gaps.py" line="18"/>
        <source>File Folder</source>
        <translation>檔案資料夾</translation>
    </message>
    <message>
        <location filename="../reader/gui/qt_translation_gaps.py" line="19"/>
        <source>Drive</source>
        <translation>磁碟機</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../reader/gui/qt_translation_gaps.py" line="10"/>
        <source>&amp;Look in:</source>
        <translation>尋找於(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../reader/gui/qt_translation_gaps.py" line="11"/>
        <source>Files of &amp;type:</source>
        <translation>檔案型態(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReadAloudMenu</name>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="99"/>
        <location filename="../reader/gui/speech/menu.py" line="138"/>
        <source>&amp;Pause</source>
        <translation>暫停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="99"/>
        <location filename="../reader/gui/speech/menu.py" line="101"/>
        <source>Read from the reading cursor; pause and go on</source>
        <translation>從閱讀游標處朗讀；再按暫停或繼續</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="101"/>
        <location filename="../reader/gui/speech/menu.py" line="138"/>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="102"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="102"/>
        <source>Stop reading aloud</source>
        <translation>停止朗讀</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="103"/>
        <source>Previous Sentence</source>
        <translation>上一句</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="103"/>
        <source>Read the sentence before</source>
        <translation>朗讀上一句</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="104"/>
        <source>Next Sentence</source>
        <translation>下一句</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="104"/>
        <source>Read the next sentence</source>
        <translation>朗讀下一句</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="105"/>
        <source>Previous Paragraph</source>
        <translation>上一段</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="105"/>
        <source>Read the paragraph before</source>
        <translation>朗讀上一段</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="106"/>
        <source>Next Paragraph</source>
        <translation>下一段</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="106"/>
        <source>Read the next paragraph</source>
        <translation>朗讀下一段</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="107"/>
        <source>Read from the &amp;Reading Cursor</source>
        <translation>從閱讀游標處朗讀(&amp;R)</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="108"/>
        <source>Read from the reading cursor to the end</source>
        <translation>從閱讀游標處一直朗讀到結尾</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="109"/>
        <source>Read the Selec&amp;tion</source>
        <translation>朗讀選取內容(&amp;T)</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="109"/>
        <source>Read the selected text</source>
        <translation>朗讀選取的文字</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="110"/>
        <source>Read the Curr&amp;ent Section</source>
        <translation>朗讀目前章節(&amp;E)</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="110"/>
        <source>Read the section the reading cursor is in</source>
        <translation>朗讀閱讀游標所在的章節</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="111"/>
        <source>Read the &amp;Document Card</source>
        <translation>朗讀公文資訊(&amp;D)</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="112"/>
        <source>Read the catalogue card: index number, publisher, dates and document number</source>
        <translation>朗讀公文資訊：索引號、發布機構、日期和文號</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="113"/>
        <source>&amp;Continuous Reading (连读)</source>
        <translation>連讀(&amp;C)</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="113"/>
        <source>Sound on reads on to the end</source>
        <translation>開啟聲音後一直朗讀到結尾</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="114"/>
        <source>P&amp;oint Reading (指读)</source>
        <translation>指讀(&amp;O)</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="115"/>
        <source>Sound on reads what the pointer rests on, or where the keys move</source>
        <translation>開啟聲音後朗讀滑鼠停留處或鍵盤移到的地方</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="116"/>
        <source>Point Reading Reads Whole P&amp;aragraphs</source>
        <translation>指讀時朗讀整段(&amp;A)</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="117"/>
        <source>指读 reads the paragraph under the pointer, not only the sentence</source>
        <translation>指讀時朗讀滑鼠所指的整段，而不只是一句</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="118"/>
        <source>&amp;Normal Speed</source>
        <translation>正常語速(&amp;N)</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="118"/>
        <source>Read at the usual speed (1.0x)</source>
        <translation>以正常語速（1.0倍）朗讀</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="119"/>
        <source>&amp;Louder</source>
        <translation>音量加大(&amp;L)</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="119"/>
        <source>Read aloud more loudly</source>
        <translation>朗讀聲音更大</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="120"/>
        <source>&amp;Quieter</source>
        <translation>音量減小(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="120"/>
        <source>Read aloud more quietly</source>
        <translation>朗讀聲音更小</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="121"/>
        <source>&amp;Highlight While Reading</source>
        <translation>朗讀時醒目提示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="122"/>
        <source>Mark the sentence being read and keep it in view</source>
        <translation>標出正在朗讀的句子並保持其可見</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/menu.py" line="126"/>
        <source>&amp;Read Aloud</source>
        <translation>朗讀(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReadingStatus</name>
    <message>
        <location filename="../reader/gui/speech/status.py" line="52"/>
        <source>Paused: {where}</source>
        <translation>已暫停：{where}</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/status.py" line="52"/>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/status.py" line="53"/>
        <source>Reading aloud: {where}</source>
        <translation>正在朗讀：{where}</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/status.py" line="53"/>
        <source>Reading aloud</source>
        <translation>正在朗讀</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/status.py" line="66"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/status.py" line="67"/>
        <source>{section}, sentence {number}</source>
        <translation>{section} 第 {number} 句</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../reader/gui/regions.py" line="159"/>
        <source>Next Re&amp;gion</source>
        <translation>下一個區域(&amp;G)</translation>
    </message>
    <message>
        <location filename="../reader/gui/regions.py" line="160"/>
        <source>Previous Region</source>
        <translation>上一個區域</translation>
    </message>
    <message>
        <location filename="../reader/gui/regions.py" line="161"/>
        <source>Move to the next part of the window: toolbar, outline, text, find bar, panels</source>
        <translation>移到視窗的下一個區域：工具列、目錄、正文、尋找列、面板</translation>
    </message>
    <message>
        <location filename="../reader/gui/regions.py" line="162"/>
        <source>Move to the previous part of the window</source>
        <translation>移到視窗的上一個區域</translation>
    </message>
</context>
<context>
    <name>SaveFailure</name>
    <message>
        <location filename="../reader/core/save_failures.py" line="27"/>
        <source>Favorites and settings cannot be saved: the disk holding {folder} is full. Reading works as usual.</source>
        <translation>無法儲存收藏與設定：{folder} 所在的磁碟已滿。閱讀不受影響。</translation>
    </message>
    <message>
        <location filename="../reader/core/save_failures.py" line="29"/>
        <source>Favorites and settings cannot be saved: the data folder {folder} is read-only. Reading works as usual.</source>
        <translation>無法儲存收藏與設定：資料夾 {folder} 為唯讀。閱讀不受影響。</translation>
    </message>
    <message>
        <location filename="../reader/core/save_failures.py" line="31"/>
        <source>Favorites and settings cannot be saved in {folder} ({reason}). Reading works as usual.</source>
        <translation>無法在 {folder} 中儲存收藏與設定（{reason}）。閱讀不受影響。</translation>
    </message>
    <message>
        <location filename="../reader/core/save_failures.py" line="33"/>
        <source>Another reader is changing My Favorites (an import may be running). Please try again in a moment.</source>
        <translation>另一個閱讀器正在變更「我的收藏」（可能正在匯入）。請稍後再試。</translation>
    </message>
</context>
<context>
    <name>SearchResultsDock</name>
    <message>
        <location filename="../reader/gui/reading/search_results.py" line="231"/>
        <source>Search Results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/find_bar.py" line="231"/>
        <location filename="../reader/gui/reading/search_results.py" line="232"/>
        <source>Search &amp;Results</source>
        <translation>搜尋結果(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SearchResultsTree</name>
    <message>
        <location filename="../reader/gui/reading/search_results.py" line="69"/>
        <source>Matches</source>
        <translation>相符項目</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/search_results.py" line="70"/>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/search_results.py" line="72"/>
        <source>Every match, grouped by section. Use the arrow keys to move and Enter to go to a match.</source>
        <translation>全部相符項目，按章節分組。用方向鍵移動，按 Enter 鍵轉到該處。</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/search_results.py" line="77"/>
        <source>Type in the find bar to list the matches.</source>
        <translation>在尋找列中輸入文字，即可列出相符處。</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/search_results.py" line="77"/>
        <source>No matches</source>
        <translation>沒有相符項目</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/search_results.py" line="88"/>
        <source>Before the first heading</source>
        <translation>第一個標題之前</translation>
    </message>
    <message>
        <location filename="../reader/gui/reading/search_results.py" line="90"/>
        <source>{heading} ({count})</source>
        <translation>{heading}（{count} 處）</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../reader/gui/dialogs/shortcuts_dialog.py" line="56"/>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location filename="../reader/gui/dialogs/shortcuts_dialog.py" line="57"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../reader/gui/dialogs/shortcuts_dialog.py" line="57"/>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <location filename="../reader/gui/dialogs/shortcuts_dialog.py" line="58"/>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location filename="../reader/gui/dialogs/shortcuts_dialog.py" line="59"/>
        <source>Every command of the reader and the keys that run it.</source>
        <translation>閱讀器的所有命令及其快速鍵。</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../reader/speech/engine_loader.py" line="32"/>
        <source>Speech is off: no speech engine was found. To enable it, install the Python package espeakng-loader (pip install espeakng-loader), which brings espeak-ng 1.52, then restart the reader.</source>
        <translation>朗讀已關閉：找不到語音引擎。若要啟用朗讀，請安裝 Python 套件 espeakng-loader（pip install espeakng-loader，內含 espeak-ng 1.52），然後重新啟動閱讀器。</translation>
    </message>
    <message>
        <location filename="../reader/speech/engine_loader.py" line="36"/>
        <source>Speech is off: the speech engine found ({detail}) does not speak Mandarin. To enable it, install the Python package espeakng-loader (pip install espeakng-loader), which brings espeak-ng 1.52, then restart the reader.</source>
        <translation>朗讀已關閉：找到的語音引擎（{detail}）不會說普通話。若要啟用朗讀，請安裝 Python 套件 espeakng-loader（pip install espeakng-loader，內含 espeak-ng 1.52），然後重新啟動閱讀器。</translation>
    </message>
    <message>
        <location filename="../reader/speech/engine_loader.py" line="41"/>
        <source>Speech is off: the system&apos;s speech engine ({detail}) has no Mandarin voice. To enable it, add a Chinese (Simplified) voice in the system&apos;s speech settings, then restart the reader.</source>
        <translation>朗讀已關閉：系統的語音引擎（{detail}）沒有普通話語音。若要啟用朗讀，請在系統的語音設定中新增中文（簡體）語音，然後重新啟動閱讀器。</translation>
    </message>
    <message>
        <location filename="../reader/speech/engine_loader.py" line="45"/>
        <source>Speech is off: the Python package pyttsx3 is missing. To enable it, run pip install pyttsx3, then restart the reader.</source>
        <translation>朗讀已關閉：缺少 Python 套件 pyttsx3。要啟用朗讀，請執行 pip install pyttsx3，然後重新啟動閱讀器。</translation>
    </message>
    <message>
        <location filename="../reader/speech/engine_loader.py" line="50"/>
        <source>Speech is off: the speech engine could not start. Press Play to try again; if it keeps failing, restart the reader or install it again.</source>
        <translation>朗讀已關閉：語音引擎無法啟動。請按「朗讀」再試一次；如果仍然失敗，請重新啟動閱讀器或重新安裝。</translation>
    </message>
    <message>
        <location filename="../reader/speech/engine_loader.py" line="53"/>
        <source>Speech is off: no audio player was found. To enable it, install alsa-utils (aplay) or pulseaudio-utils (paplay), then restart the reader.</source>
        <translation>朗讀已關閉：未找到音訊播放程式。要啟用朗讀，請安裝 alsa-utils（aplay）或 pulseaudio-utils（paplay），然後重新啟動閱讀器。</translation>
    </message>
    <message>
        <location filename="../reader/speech/engine_loader.py" line="57"/>
        <source>The speech engine stopped unexpectedly. Press Play to start it again.</source>
        <translation>語音引擎意外停止。再按一次播放即可重新開始。</translation>
    </message>
    <message>
        <location filename="../reader/speech/engine_loader.py" line="60"/>
        <source>A sentence could not be spoken, and reading aloud stopped. Press Play to try again; if it keeps failing, restart the reader.</source>
        <translation>有一句無法朗讀，朗讀已停止。請再按「朗讀」重試；如果仍然失敗，請重新啟動閱讀器。</translation>
    </message>
    <message>
        <location filename="../reader/speech/export.py" line="182"/>
        <source>The reading would last about {detail} hours, more than a WAV file holds: export a section.</source>
        <translation>朗讀約需 {detail} 小時，超出一個 WAV 檔案的容量：請匯出其中一節。</translation>
    </message>
</context>
<context>
    <name>SpeechErrors</name>
    <message>
        <location filename="../reader/core/speech_errors.py" line="16"/>
        <source>No sound output device was found: check that the speakers or headphones are plugged in and switched on, then press Play again.</source>
        <translation>找不到聲音輸出裝置：請檢查喇叭或耳機是否已連接並開啟，然後再按「朗讀」。</translation>
    </message>
    <message>
        <location filename="../reader/core/speech_errors.py" line="19"/>
        <source>No program to play sound was found: install your system&apos;s sound player (PipeWire, PulseAudio or ALSA utilities), then press Play again.</source>
        <translation>找不到播放聲音的程式：請安裝系統的聲音播放工具（PipeWire、PulseAudio 或 ALSA 工具），然後再按「朗讀」。</translation>
    </message>
    <message>
        <location filename="../reader/core/speech_errors.py" line="22"/>
        <source>The sound could not be played. Press Play to try again; if it keeps failing, restart the computer&apos;s sound or the reader.</source>
        <translation>無法播放聲音。請再按「朗讀」重試；如果仍然失敗，請重新啟動電腦的聲音或閱讀器。</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../reader/core/store.py" line="60"/>
        <source>Bookmarks saved from the damaged file: {bookmarks} (in {documents} documents).</source>
        <translation>已從損毀的檔案中救回書籤：{bookmarks} 個（共 {documents} 份文件）。</translation>
    </message>
</context>
<context>
    <name>ToolbarHelpDialog</name>
    <message>
        <location filename="../reader/gui/display/toolbar_help.py" line="35"/>
        <source>Accessibility Tools</source>
        <translation>無障礙工具</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/toolbar_help.py" line="40"/>
        <source> (not available yet)</source>
        <translation>（暫不可用）</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/toolbar_help.py" line="36"/>
        <source>Accessibility tools</source>
        <translation>無障礙工具</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <location filename="../reader/gui/speech/transport.py" line="85"/>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/transport.py" line="114"/>
        <source>Select some text to read first.</source>
        <translation>請先選取要朗讀的文字。</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/transport.py" line="127"/>
        <source>This document has no catalogue card.</source>
        <translation>此文件沒有公文資訊。</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/transport.py" line="173"/>
        <source>Nothing to read here.</source>
        <translation>這裡沒有可朗讀的內容。</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/transport.py" line="208"/>
        <location filename="../reader/gui/speech/transport.py" line="219"/>
        <source>Nothing further in that direction</source>
        <translation>這個方向沒有更多內容了</translation>
    </message>
</context>
<context>
    <name>Tuning</name>
    <message>
        <location filename="../reader/gui/speech/tuning.py" line="39"/>
        <source>Speed {rate}x (slowest)</source>
        <translation>語速 {rate} 倍（最慢）</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/tuning.py" line="41"/>
        <source>Speed {rate}x (fastest)</source>
        <translation>語速 {rate} 倍（最快）</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/tuning.py" line="43"/>
        <source>Speed {rate}x</source>
        <translation>語速 {rate} 倍</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/tuning.py" line="56"/>
        <source>Volume {percent}% (the loudest)</source>
        <translation>音量 {percent}%（已是最大）</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/tuning.py" line="58"/>
        <source>Volume {percent}% (the quietest)</source>
        <translation>音量 {percent}%（已是最小）</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/tuning.py" line="60"/>
        <source>Volume {percent}%</source>
        <translation>音量 {percent}%</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/tuning.py" line="66"/>
        <source>Reading mode: {mode}</source>
        <translation>閱讀方式：{mode}</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/tuning.py" line="69"/>
        <source>point reading (指读)</source>
        <translation>指讀</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/tuning.py" line="69"/>
        <source>continuous reading (连读)</source>
        <translation>連讀</translation>
    </message>
</context>
<context>
    <name>VoicesMenu</name>
    <message>
        <location filename="../reader/gui/speech/voices_menu.py" line="44"/>
        <source>&amp;Voice</source>
        <translation>語音(&amp;V)</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/voices_menu.py" line="46"/>
        <location filename="../reader/gui/speech/voices_menu.py" line="78"/>
        <source>&amp;Other Languages</source>
        <translation>其他語言(&amp;O)</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/voices_menu.py" line="51"/>
        <source>Mandarin (Default)</source>
        <translation>普通話（預設）</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/voices_menu.py" line="51"/>
        <source>The usual Mandarin voice</source>
        <translation>預設的普通話語音</translation>
    </message>
    <message>
        <location filename="../reader/gui/speech/voices_menu.py" line="59"/>
        <source>Voice: {name}</source>
        <translation>語音：{name}</translation>
    </message>
</context>
<context>
    <name>ZoomControls</name>
    <message>
        <location filename="../reader/gui/display/zoom.py" line="36"/>
        <source>Text Size: &amp;Small (小)</source>
        <translation>字型：小(&amp;S)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/zoom.py" line="36"/>
        <source>Text Size: &amp;Medium (中)</source>
        <translation>字型：中(&amp;M)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/zoom.py" line="37"/>
        <source>Text Size: Lar&amp;ge (大)</source>
        <translation>字型：大(&amp;G)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/zoom.py" line="41"/>
        <source>Zoom O&amp;ut</source>
        <translation>縮小(&amp;U)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/zoom.py" line="40"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/zoom.py" line="42"/>
        <source>&amp;Actual Size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/zoom.py" line="65"/>
        <source>Text size {percent}% (the largest)</source>
        <translation>字型大小 {percent}%（已是最大）</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/zoom.py" line="67"/>
        <source>Text size {percent}% (the smallest)</source>
        <translation>字型大小 {percent}%（已是最小）</translation>
    </message>
    <message>
        <location filename="../reader/gui/display/zoom.py" line="69"/>
        <source>Text size {percent}%</source>
        <translation>字型大小 {percent}%</translation>
    </message>
</context>
</TS>
