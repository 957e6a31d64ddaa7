; LEAD Desktop installer: per user, no administrator rights, silent with /S.
; Built by installer/build.py, which passes VERSION, VERSION_QUAD, STAGING and OUTFILE.
;
; Program files go to %LOCALAPPDATA%\Programs\LEAD Desktop. The user's databases,
; backups and settings live elsewhere (%LOCALAPPDATA%\LEAD Desktop, see paths.py) and
; the keys in Windows Credential Manager: uninstalling never touches them unless the
; user ticks "also delete my data" or IT passes /REMOVEDATA.

Unicode true
Target amd64-unicode          ; the x86 stub installs nothing on 64-bit wine
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!define APP "LEAD Desktop"
!define PUBLISHER "LEAD Desktop developers"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\LEADDesktop"
!define DATA_DIR "$LOCALAPPDATA\LEAD Desktop"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION_QUAD}"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "CompanyName" "${PUBLISHER}"
VIAddVersionKey "FileDescription" "${APP} setup"
VIAddVersionKey "LegalCopyright" "${PUBLISHER}"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

!define MUI_ICON "${STAGING}\lead-desktop.ico"
!define MUI_UNICON "${STAGING}\lead-desktop.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\python\pythonw.exe"
!define MUI_FINISHPAGE_RUN_PARAMETERS "-m lead_desktop.app"
!define MUI_FINISHPAGE_RUN_TEXT "Start ${APP}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Spanish"

Section "Program"
    SetShellVarContext current
    ; An upgrade replaces the program files cleanly: nothing of the old version survives
    ; to be imported by the new one. Only program files live here.
    RMDir /r "$INSTDIR\python"
    Delete "$INSTDIR\*.cmd"
    SetOutPath "$INSTDIR"
    File /r "${STAGING}\*"

    CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\python\pythonw.exe" \
        "-m lead_desktop.app" "$INSTDIR\lead-desktop.ico" 0 SW_SHOWNORMAL "" \
        "Case management for the diversion program"

    WriteUninstaller "$INSTDIR\uninstall.exe"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\lead-desktop.ico"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
    WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
    ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Function un.onInit
    ; Data are deleted only when asked: /REMOVEDATA for IT, or a question whose default
    ; answer is No. Databases may hold the only copy of a program's records.
    StrCpy $R9 "keep"
    ${GetParameters} $0
    ClearErrors
    ${GetOptions} $0 "/REMOVEDATA" $1
    ${IfNot} ${Errors}
        StrCpy $R9 "remove"
    ${ElseIfNot} ${Silent}
        MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 \
            "Also delete your ${APP} data on this computer (local databases, backups, \
settings in ${DATA_DIR})?$\n$\nChoose No unless every record is safely kept elsewhere. \
Databases in a network folder are never deleted." IDNO +2
        StrCpy $R9 "remove"
    ${EndIf}
FunctionEnd

Section "Uninstall"
    SetShellVarContext current
    Delete "$SMPROGRAMS\${APP}.lnk"
    RMDir /r "$INSTDIR\python"
    Delete "$INSTDIR\*.cmd"
    Delete "$INSTDIR\lead-desktop.ico"
    Delete "$INSTDIR\uninstall.exe"
    RMDir "$INSTDIR"
    DeleteRegKey HKCU "${UNINSTALL_KEY}"
    ${If} $R9 == "remove"
        RMDir /r "${DATA_DIR}"
    ${EndIf}
SectionEnd
