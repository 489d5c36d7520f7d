; Inno Setup 6 script for つながりデスク (Kodoku Desk): a per-user Windows installer.
;
; Build on Windows, after the PyInstaller one-folder bundle:
;     set KODOKU_POPPLER_DIR=C:\path\to\poppler\Library\bin   (pdftoppm.exe + DLLs: PDF preview/printing)
;     .venv\Scripts\python -m PyInstaller --noconfirm --clean --distpath dist --workpath build installer\kodoku_desk.spec
;     for /f %v in ('.venv\Scripts\python -c "import kodoku_desk; print(kodoku_desk.__version__)"') do set KD_VERSION=%v
;     "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=%KD_VERSION% installer\kodoku_desk.iss
; The installer is written to dist\kodoku-desk-<version>-setup.exe.
;
; - Installs for the current user only, without administrator rights
;   (%LOCALAPPDATA%\Programs\KodokuDesk), so an office PC's ordinary account can install
;   and update it.
; - Japanese and English installer text (chosen from the Windows display language).
; - A Start-menu shortcut, and a desktop shortcut (a task the user can untick).
; - Uninstalling removes the program folder only.  The user's data — the encrypted
;   database, its keyslot file, backups, logs and settings in %LOCALAPPDATA%\KodokuDesk
;   and %APPDATA%\KodokuDesk, or wherever the user chose — is NEVER deleted: there is
;   deliberately no [UninstallDelete] entry for those folders.  Do not add one.
;
; This file is UTF-8 with a byte-order mark (Inno Setup reads Japanese text correctly
; only then).  tests/test_installer_files.py checks its structure.

#define AppName "つながりデスク"
#define AppNameEn "Kodoku Desk"
#define AppExeName "kodoku-desk.exe"
#define AppPublisher "つながりデスク"
; The version comes from kodoku_desk.__version__ (pass /DAppVersion=...); this default is
; kept equal to it by tests/test_installer_files.py.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; AppId identifies the program for upgrades and uninstall: never change it.
AppId={{B224FD45-AF2A-41B8-8127-8520D77420AF}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppNameEn}
; Per-user install: no UAC prompt; {autopf} is %LOCALAPPDATA%\Programs in this mode.
PrivilegesRequired=lowest
DefaultDirName={autopf}\KodokuDesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
ShowLanguageDialog=auto
; The running app is closed (Restart Manager) before its files are replaced.
CloseApplications=yes
RestartApplications=no
OutputDir=..\dist
OutputBaseFilename=kodoku-desk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
UninstallDisplayName={#AppName} ({#AppNameEn})
UninstallDisplayIcon={app}\{#AppExeName}

[Languages]
Name: "ja"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
ja.ShortcutName=つながりデスク
en.ShortcutName=Kodoku Desk (つながりデスク)
ja.DataKept=つながりデスクを削除しました。%n%n記録（データベース・バックアップ・設定）は削除していません。既定の保存先は次のフォルダーです：%n%1%n%nここには個人情報が含まれます。不要になったときは、バックアップを確認してから削除してください。
en.DataKept=Kodoku Desk has been removed.%n%nYour records (database, backups, settings) have NOT been deleted. The default data folder is:%n%1%n%nIt holds personal data: when it is no longer needed, check your backups, then delete it yourself.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole program folder's libraries (files of the previous
; version's bundle must not linger).  This is the PROGRAM folder, never the data folder.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The PyInstaller one-folder bundle built on Windows (dist\kodoku-desk\).
Source: "..\dist\kodoku-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:ShortcutName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"
Name: "{autodesktop}\{cm:ShortcutName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section: the data folders (%LOCALAPPDATA%\KodokuDesk,
; %APPDATA%\KodokuDesk, a folder the user chose, backup folders) are never removed by the
; uninstaller.  Inno Setup only removes the files it installed into {app}.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and (not UninstallSilent) then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\KodokuDesk')]),
           mbInformation, MB_OK);
end;
