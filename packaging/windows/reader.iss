; Inno Setup 6 script: the Windows installer of the reader's one-folder app.
;
; On Windows, from the checkout (see README, "Building packages"):
;   py -m venv .venv
;   .venv\Scripts\python -m pip install ".[package]"
;   .venv\Scripts\python packaging\build.py pyinstaller   (dist\reader\, build\icons\reader.ico)
;   .venv\Scripts\python packaging\build.py smoke
;   iscc packaging\windows\reader.iss                      (dist\reader-0.1.0-setup.exe)
;
; It installs for the current user without administrator rights (or for everyone, when
; chosen), adds a Start menu entry, and registers the reader for .txt, .htm, .html, .pdf, .docx, .doc and .ofd
; documents under "Open with" (Windows lets only the user choose the default program).
; A Chinese installer: add ChineseSimplified.isl from Inno Setup's unofficial translations
; to its Languages folder and uncomment the line in [Languages].

#define AppId "io.github.govdoc_reader.Reader"
#define AppName "Reader"
#define AppVersion "0.1.0"
#define ProgId "GovdocReader.Document"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVerName={#AppName} {#AppVersion} (公文无障碍阅读器)
LicenseFile=..\..\LICENSE
AppVersion={#AppVersion}
AppPublisher=The reader developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=..\..\build\icons\reader.ico
UninstallDisplayIcon={app}\reader.exe
OutputDir=..\..\dist
OutputBaseFilename=reader-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\reader\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\reader.exe"; Comment: "公文无障碍阅读器"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\reader.exe"; Tasks: desktopicon

[Registry]
; The document type the reader opens, and "Open with" for .txt, .htm, .html, .pdf, .docx, .doc and .ofd.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Document (Reader)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\reader.exe,0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\reader.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.txt\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.htm\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.html\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.pdf\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.docx\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.doc\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.ofd\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
; The application itself, as "Open with" and Default Programs know it.
Root: HKA; Subkey: "Software\Classes\Applications\reader.exe"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\reader.exe\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\reader.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\reader.exe\SupportedTypes"; ValueType: string; ValueName: ".txt"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\reader.exe\SupportedTypes"; ValueType: string; ValueName: ".htm"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\reader.exe\SupportedTypes"; ValueType: string; ValueName: ".html"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\reader.exe\SupportedTypes"; ValueType: string; ValueName: ".pdf"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\reader.exe\SupportedTypes"; ValueType: string; ValueName: ".docx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\reader.exe\SupportedTypes"; ValueType: string; ValueName: ".doc"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\reader.exe\SupportedTypes"; ValueType: string; ValueName: ".ofd"; ValueData: ""

[Run]
Filename: "{app}\reader.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
