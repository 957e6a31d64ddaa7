; LEAD Desktop installer. Per user (no administrator rights) by default; per machine with
; /ALLUSERS (Program Files, administrator rights). Silent with /S. Exit codes: see
; installer/README.md ("Exit codes"); they are set below with Fail.
; Built by installer/build.py, which passes VERSION, VERSION_QUAD, STAGING, OUTFILE,
; FILES (the sorted File list it wrote), LICENSE, PAGES (the welcome picture) and, when
; signing, SIGN (the command that signs one file).
;
; Program files go to a dedicated "LEAD Desktop" folder; install-manifest.txt there lists
; every file we put in it, and only those are ever removed (upgrade, uninstall). The
; user's databases, backups and settings live elsewhere (%LOCALAPPDATA%\LEAD Desktop, see
; paths.py) and the keys in Windows Credential Manager: uninstalling never touches them
; unless the user ticks "also delete my data" or IT passes /REMOVEDATA.

Unicode true
Target amd64-unicode          ; the x86 stub installs nothing on 64-bit wine
!ifdef FAST_COMPRESSION
    SetCompressor zlib
!else
    SetCompressor /SOLID lzma
!endif
RequestExecutionLevel user    ; /ALLUSERS checks for administrator rights itself
ManifestDPIAware true
AllowSkipFiles off            ; a file that cannot be written fails the install

!define APP "LEAD Desktop"
!define PUBLISHER "LEAD Desktop developers"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\LEADDesktop"
!define MUTEX "LEADDesktop.Running"       ; held by the app (lead_desktop/running.py)
!define MANIFEST "install-manifest.txt"
!define SETUP_LOG "$TEMP\LEAD Desktop setup.log"
!define EXIT_RUNNING 10
!define EXIT_DOWNGRADE 11
!define EXIT_FILES 12
!define EXIT_NOT_ADMIN 13

!ifdef SIGN
    !finalize '${SIGN} "%1"' = 0
    !uninstfinalize '${SIGN} "%1"' = 0
!endif

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION_QUAD}"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "CompanyName" "${PUBLISHER}"
VIAddVersionKey "FileDescription" "${APP} setup"
VIAddVersionKey "LegalCopyright" "${PUBLISHER}, Apache License 2.0"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "TextFunc.nsh"
!include "WordFunc.nsh"
!include "LogicLib.nsh"

Var Mode          ; "current" (per user) or "all" (per machine)
Var Log           ; the setup log's file handle
Var LogPath

!define MUI_ICON "${STAGING}\lead-desktop.ico"
!define MUI_UNICON "${STAGING}\lead-desktop.ico"
!define MUI_WELCOMEFINISHPAGE_BITMAP "${PAGES}\welcome.bmp"
!define MUI_UNWELCOMEFINISHPAGE_BITMAP "${PAGES}\welcome.bmp"
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TITLE "$(WelcomeTitle)"
!define MUI_WELCOMEPAGE_TEXT "$(WelcomeText)"
!define MUI_FINISHPAGE_TEXT "$(FinishText)"
!define MUI_FINISHPAGE_RUN "$INSTDIR\python\pythonw.exe"
!define MUI_FINISHPAGE_RUN_PARAMETERS "-m lead_desktop.app"
!define MUI_FINISHPAGE_RUN_TEXT "$(StartApp)"
!define MUI_FINISHPAGE_SHOWREADME ""
!define MUI_FINISHPAGE_SHOWREADME_NOTCHECKED
!define MUI_FINISHPAGE_SHOWREADME_TEXT "$(DesktopShortcut)"
!define MUI_FINISHPAGE_SHOWREADME_FUNCTION CreateDesktopShortcut

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${LICENSE}"
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE DirectoryChosen
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Spanish"

LangString WelcomeTitle ${LANG_ENGLISH} "Install ${APP} ${VERSION}"
LangString WelcomeTitle ${LANG_SPANISH} "Instalar ${APP} ${VERSION}"
LangString WelcomeText ${LANG_ENGLISH} "${APP} keeps the case records of a pre-booking \
diversion program in an encrypted database on this computer or in a shared folder.$\r$\n$\r$\n\
This installs the program only. Databases, backups and keys are never touched by \
installing, upgrading or uninstalling.$\r$\n$\r$\nClose ${APP} before you continue."
LangString WelcomeText ${LANG_SPANISH} "${APP} guarda los expedientes de un programa de \
desviación previa al arresto en una base de datos cifrada en este equipo o en una carpeta \
compartida.$\r$\n$\r$\nEsto instala solo el programa. Las bases de datos, copias y claves \
nunca se tocan al instalar, actualizar o desinstalar.$\r$\n$\r$\nCierre ${APP} antes de seguir."
LangString FinishText ${LANG_ENGLISH} "${APP} ${VERSION} is installed. IT can check it \
with lead-admin.cmd self-test in the program folder; the setup log is install.log there."
LangString FinishText ${LANG_SPANISH} "${APP} ${VERSION} está instalado. El personal de TI \
puede comprobarlo con lead-admin.cmd self-test en la carpeta del programa; el registro de \
la instalación es install.log allí."
LangString StartApp ${LANG_ENGLISH} "Start ${APP}"
LangString StartApp ${LANG_SPANISH} "Abrir ${APP}"
LangString DesktopShortcut ${LANG_ENGLISH} "Put a shortcut on the desktop"
LangString DesktopShortcut ${LANG_SPANISH} "Crear un acceso directo en el escritorio"
LangString Running ${LANG_ENGLISH} "${APP} is open on this computer (perhaps in another \
user's session). Save your work and close it, then choose Retry.$\r$\n$\r$\nNothing has \
been changed yet."
LangString Running ${LANG_SPANISH} "${APP} está abierto en este equipo (quizá en la sesión \
de otro usuario). Guarde su trabajo y ciérrelo; luego elija Reintentar.$\r$\n$\r$\nTodavía \
no se ha cambiado nada."
LangString Downgrade ${LANG_ENGLISH} "A newer ${APP} is installed here. Installing this \
older version is refused (IT: /ALLOWDOWNGRADE)."
LangString Downgrade ${LANG_SPANISH} "Aquí está instalada una versión más nueva de ${APP}. \
Se rechaza instalar esta versión anterior (TI: /ALLOWDOWNGRADE)."
LangString FilesFailed ${LANG_ENGLISH} "Some program files could not be written or \
removed, so ${APP} is not completely installed. Close every program that may use them and \
run the installer again. Details: "
LangString FilesFailed ${LANG_SPANISH} "No se pudieron escribir o quitar algunos archivos \
del programa, así que ${APP} no está instalado por completo. Cierre los programas que \
puedan usarlos y vuelva a ejecutar el instalador. Detalles: "
LangString NotAdmin ${LANG_ENGLISH} "Installing for all users (/ALLUSERS) needs \
administrator rights: run the installer as an administrator."
LangString NotAdmin ${LANG_SPANISH} "Instalar para todos los usuarios (/ALLUSERS) requiere \
derechos de administrador: ejecute el instalador como administrador."
LangString RemoveData ${LANG_ENGLISH} "Also delete your ${APP} data on this computer \
(local databases, backups, settings)?$\n$\nChoose No unless every record is safely kept \
elsewhere. Databases in a network folder are never deleted."
LangString RemoveData ${LANG_SPANISH} "¿Borrar también sus datos de ${APP} en este equipo \
(bases de datos locales, copias, ajustes)?$\n$\nElija No salvo que cada expediente esté a \
salvo en otro lugar. Las bases de datos en una carpeta de red nunca se borran."

; ---------------------------------------------------------------- shared pieces

!macro LogLine text
    DetailPrint "${text}"
    ${If} $Log != ""
        FileWriteUTF16LE $Log "${text}$\r$\n"
    ${EndIf}
!macroend
!define LogLine "!insertmacro LogLine"

; Stop with a documented exit code and a message (a message box unless silent).
!macro Fail code text
    !insertmacro LogLine "FAILED (exit ${code}): ${text}"
    ${IfNot} ${Silent}
        MessageBox MB_OK|MB_ICONSTOP "${text}"
    ${EndIf}
    ${If} $Log != ""
        FileClose $Log
    ${EndIf}
    SetErrorLevel ${code}
    Quit
!macroend
!define Fail "!insertmacro Fail"

; $0 = 1 when the app holds its mutex in any session (Global\) or in this one (Local\).
!macro AppRunning un
Function ${un}AppRunning
    Push $1
    StrCpy $0 0
    System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "Global\${MUTEX}") p .r1'
    ${If} $1 == 0
        System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "Local\${MUTEX}") p .r1'
    ${EndIf}
    ${If} $1 != 0
        System::Call 'kernel32::CloseHandle(p r1)'
        StrCpy $0 1
    ${EndIf}
    Pop $1
FunctionEnd

; Ask the user to close the app (Retry) or, silently, fail with EXIT_RUNNING.
Function ${un}WaitUntilClosed
    ${Do}
        Call ${un}AppRunning
        ${If} $0 == 0
            Return
        ${EndIf}
        ${If} ${Silent}
            ${Fail} ${EXIT_RUNNING} "$(Running)"
        ${EndIf}
        MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(Running)" IDRETRY +2
        ${Fail} ${EXIT_RUNNING} "$(Running)"
    ${Loop}
FunctionEnd

; Remove exactly what a manifest lists ("F file", then "D folder" deepest first, each
; relative to $INSTDIR); a file that cannot be deleted sets the error flag.
Function ${un}RemoveManifest
    Push $0
    Push $1
    Push $2
    Push $3
    Push $4
    StrCpy $4 0
    FileOpen $0 "$INSTDIR\${MANIFEST}" r
    ${Do}
        ClearErrors
        FileRead $0 $1
        ${If} ${Errors}
            ${ExitDo}
        ${EndIf}
        ${TrimNewLines} "$1" $1
        StrCpy $2 $1 2
        StrCpy $3 $1 "" 2
        ${If} $2 == "F "
            ClearErrors
            Delete "$INSTDIR\$3"
            ${If} ${Errors}
                !insertmacro LogLine "could not delete $INSTDIR\$3"
                StrCpy $4 1
            ${EndIf}
        ${ElseIf} $2 == "D "
            RMDir "$INSTDIR\$3"     ; only when empty: a foreign file keeps its folder
        ${EndIf}
    ${Loop}
    FileClose $0
    ClearErrors
    ${If} $4 == 1
        SetErrors
    ${EndIf}
    Pop $4
    Pop $3
    Pop $2
    Pop $1
    Pop $0
FunctionEnd

; The install mode recorded beside the program (the uninstaller reads it).
Function ${un}UseMode
    ${If} $Mode == "all"
        SetShellVarContext all
    ${Else}
        SetShellVarContext current
    ${EndIf}
FunctionEnd
!macroend
!insertmacro AppRunning ""
!insertmacro AppRunning "un."

Function IsAdmin
    UserInfo::GetAccountType
    Pop $0
FunctionEnd

; Always a dedicated "LEAD Desktop" folder: /D=C:\Tools becomes C:\Tools\LEAD Desktop.
Function DedicatedFolder
    ${GetFileName} "$INSTDIR" $0
    ${If} $0 == ""                       ; "C:\Tools\": drop the trailing backslash
        StrCpy $INSTDIR $INSTDIR -1
        ${GetFileName} "$INSTDIR" $0
    ${EndIf}
    ${If} $0 != "${APP}"
        StrCpy $INSTDIR "$INSTDIR\${APP}"
    ${EndIf}
FunctionEnd

Function DirectoryChosen
    Call DedicatedFolder
FunctionEnd

Function CreateDesktopShortcut
    CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\python\pythonw.exe" \
        "-m lead_desktop.app" "$INSTDIR\lead-desktop.ico" 0 SW_SHOWNORMAL "" \
        "Case management for the diversion program"
    !insertmacro LogLine "desktop shortcut created"
FunctionEnd

; ---------------------------------------------------------------- installer

Function .onInit
    ${GetParameters} $R0
    ClearErrors
    ${GetOptions} $R0 "/LOG=" $LogPath
    ${If} ${Errors}
        StrCpy $LogPath "${SETUP_LOG}"
    ${EndIf}
    FileOpen $Log "$LogPath" w
    FileWriteUTF16LE /BOM $Log ""        ; the byte-order mark, so Notepad reads it right
    !insertmacro LogLine "${APP} ${VERSION} setup, command line: $R0"

    StrCpy $Mode "current"
    ClearErrors
    ${GetOptions} $R0 "/ALLUSERS" $0
    ${IfNot} ${Errors}
        StrCpy $Mode "all"
        Call IsAdmin
        ${If} $0 != "Admin"
            ${Fail} ${EXIT_NOT_ADMIN} "$(NotAdmin)"
        ${EndIf}
    ${EndIf}
    Call UseMode
    ${If} $INSTDIR == ""                 ; no /D: where it is now, else the default
        ReadRegStr $INSTDIR SHCTX "${UNINSTALL_KEY}" "InstallLocation"
        ${If} $INSTDIR == ""
            ${If} $Mode == "all"
                StrCpy $INSTDIR "$PROGRAMFILES64\${APP}"
            ${Else}
                StrCpy $INSTDIR "$LOCALAPPDATA\Programs\${APP}"
            ${EndIf}
        ${EndIf}
    ${EndIf}
    Call DedicatedFolder
    !insertmacro LogLine "mode $Mode, folder $INSTDIR"

    ReadRegStr $0 SHCTX "${UNINSTALL_KEY}" "VersionQuad"
    ${If} $0 != ""
        ${VersionCompare} "${VERSION_QUAD}" "$0" $1
        ClearErrors
        ${GetOptions} $R0 "/ALLOWDOWNGRADE" $2
        ${If} $1 == 2
        ${AndIf} ${Errors}
            ${Fail} ${EXIT_DOWNGRADE} "$(Downgrade) ($0 > ${VERSION_QUAD})"
        ${EndIf}
        !insertmacro LogLine "installed now: $0"
    ${EndIf}
    Call WaitUntilClosed
FunctionEnd

Section "Program"
    Call UseMode
    Call WaitUntilClosed                 ; it may have been started while on the pages
    ; A loaded DLL or open file keeps its folder from being renamed: a cheap proof that no
    ; process (lead-admin too) has program files open, before anything is changed.
    ${If} ${FileExists} "$INSTDIR\python\*.*"
        ClearErrors
        Rename "$INSTDIR\python" "$INSTDIR\python.in-use-check"
        ${If} ${Errors}
            ${Fail} ${EXIT_RUNNING} "$(Running)"
        ${EndIf}
        Rename "$INSTDIR\python.in-use-check" "$INSTDIR\python"
    ${EndIf}

    ; An upgrade first removes exactly what the previous version listed.
    ${If} ${FileExists} "$INSTDIR\${MANIFEST}"
        Call RemoveManifest
        ${If} ${Errors}
            ${Fail} ${EXIT_FILES} "$(FilesFailed)$INSTDIR (old files)"
        ${EndIf}
        !insertmacro LogLine "removed the previous version's files"
    ${ElseIf} ${FileExists} "$INSTDIR\python\python.exe"
    ${AndIf} ${FileExists} "$INSTDIR\uninstall.exe"
        RMDir /r "$INSTDIR\python"       ; 0.1.0 had no manifest; its own folder only
        !insertmacro LogLine "removed a version 0.1.0 program folder"
    ${EndIf}

    ClearErrors
    SetOverwrite on
    !include "${FILES}"
    ${If} ${Errors}
        ${Fail} ${EXIT_FILES} "$(FilesFailed)$INSTDIR"
    ${EndIf}
    SetOutPath "$INSTDIR"
    !insertmacro LogLine "program files written"

    WriteINIStr "$INSTDIR\install.ini" "install" "mode" "$Mode"
    WriteINIStr "$INSTDIR\install.ini" "install" "version" "${VERSION}"
    CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\python\pythonw.exe" \
        "-m lead_desktop.app" "$INSTDIR\lead-desktop.ico" 0 SW_SHOWNORMAL "" \
        "Case management for the diversion program"
    ${GetParameters} $R0
    ClearErrors
    ${GetOptions} $R0 "/DESKTOPSHORTCUT" $0
    ${IfNot} ${Errors}
        Call CreateDesktopShortcut
    ${EndIf}

    WriteUninstaller "$INSTDIR\uninstall.exe"
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP}"
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "VersionQuad" "${VERSION_QUAD}"
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\lead-desktop.ico"
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
    WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
    WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
    ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
    WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" $0
    ${If} ${Errors}
        ${Fail} ${EXIT_FILES} "$(FilesFailed)uninstaller or registry"
    ${EndIf}
    !insertmacro LogLine "installed ${APP} ${VERSION} in $INSTDIR"
    FileClose $Log
    StrCpy $Log ""
    CopyFiles /SILENT "$LogPath" "$INSTDIR\install.log"
SectionEnd

; ---------------------------------------------------------------- uninstaller

Function un.onInit
    ReadINIStr $Mode "$INSTDIR\install.ini" "install" "mode"
    ${If} $Mode == "all"
        Call un.IsAdmin
        ${If} $0 != "Admin"
            ${Fail} ${EXIT_NOT_ADMIN} "$(NotAdmin)"
        ${EndIf}
    ${EndIf}
    Call un.WaitUntilClosed
    ; Data are deleted only when asked: /REMOVEDATA for IT, or a question whose default
    ; answer is No. Databases may hold the only copy of a program's records.
    StrCpy $R9 "keep"
    ${GetParameters} $0
    ClearErrors
    ${GetOptions} $0 "/REMOVEDATA" $1
    ${IfNot} ${Errors}
        StrCpy $R9 "remove"
    ${ElseIfNot} ${Silent}
        MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(RemoveData)" IDNO +2
        StrCpy $R9 "remove"
    ${EndIf}
FunctionEnd

Function un.IsAdmin
    UserInfo::GetAccountType
    Pop $0
FunctionEnd

Section "Uninstall"
    Call un.UseMode
    Delete "$SMPROGRAMS\${APP}.lnk"
    Delete "$DESKTOP\${APP}.lnk"
    ${If} ${FileExists} "$INSTDIR\${MANIFEST}"
        Call un.RemoveManifest
        ${If} ${Errors}
            ${Fail} ${EXIT_FILES} "$(FilesFailed)$INSTDIR"
        ${EndIf}
    ${EndIf}
    Delete "$INSTDIR\${MANIFEST}"
    Delete "$INSTDIR\install.ini"
    Delete "$INSTDIR\install.log"
    Delete "$INSTDIR\uninstall.exe"
    RMDir "$INSTDIR"                     ; only when empty: foreign files stay, with it
    DeleteRegKey SHCTX "${UNINSTALL_KEY}"
    ${If} $R9 == "remove"
        SetShellVarContext current       ; data are per user, whatever the mode
        RMDir /r "$LOCALAPPDATA\${APP}"
    ${EndIf}
SectionEnd
