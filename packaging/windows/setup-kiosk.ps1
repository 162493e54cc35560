# Prepare a Windows 10/11 IoT Enterprise PC as an exhibit kiosk. UNTESTED (no Windows machine was
# available when this was written): read docs/install.md "Windows" and check each step.
#
# Run in an elevated PowerShell from the unpacked archive folder:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\setup-kiosk.ps1
# Then, as SYSTEM (Sysinternals PsExec from the USB stick):
#   PsExec64.exe -i -s powershell -ExecutionPolicy Bypass -File packaging\windows\apply-shell-launcher.ps1
# and set up automatic sign-in for "kiosk" with Sysinternals Autologon (Autologon64.exe).
#Requires -RunAsAdministrator
param(
    [string]$Root = "C:\ExhibitKiosk",
    [string]$User = "kiosk",
    [string]$Content = "C:\ExhibitKiosk\content"
)
$ErrorActionPreference = "Stop"

# 1. Shell Launcher (part of the Windows IoT Enterprise / Enterprise / Education editions).
$feature = Get-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher
if ($feature.State -ne "Enabled") {
    Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -All -NoRestart
    Write-Host "Shell Launcher enabled (a restart is needed before apply-shell-launcher.ps1)."
}

# 2. The kiosk account: a standard local user. Autologon stores its password encrypted (LSA secret).
if (-not (Get-LocalUser -Name $User -ErrorAction SilentlyContinue)) {
    $password = Read-Host -AsSecureString "Password for the new local user '$User'"
    New-LocalUser -Name $User -Password $password -FullName "Exhibit kiosk" -PasswordNeverExpires -UserMayNotChangePassword
    Add-LocalGroupMember -Group "Users" -Member $User
    Write-Host "Created local user $User."
}

# 3. No edge swipes (Action Center, task view, app switching from the screen edges) for anyone.
$edge = "HKLM:\SOFTWARE\Policies\Microsoft\Windows\EdgeUI"
New-Item -Path $edge -Force | Out-Null
Set-ItemProperty -Path $edge -Name AllowEdgeSwipe -Type DWord -Value 0
# No toast notifications, no "Welcome" experience after updates, no lock screen.
$explorer = "HKLM:\SOFTWARE\Policies\Microsoft\Windows\Explorer"
New-Item -Path $explorer -Force | Out-Null
Set-ItemProperty -Path $explorer -Name DisableNotificationCenter -Type DWord -Value 1
$content = "HKLM:\SOFTWARE\Policies\Microsoft\Windows\CloudContent"
New-Item -Path $content -Force | Out-Null
Set-ItemProperty -Path $content -Name DisableWindowsConsumerFeatures -Type DWord -Value 1
$personalization = "HKLM:\SOFTWARE\Policies\Microsoft\Windows\Personalization"
New-Item -Path $personalization -Force | Out-Null
Set-ItemProperty -Path $personalization -Name NoLockScreen -Type DWord -Value 1

# 4. Never sleep, never switch the screen off on its own (opening hours: docs/operations.md).
powercfg /change standby-timeout-ac 0
powercfg /change monitor-timeout-ac 0
powercfg /change hibernate-timeout-ac 0

# 5. Folders: program versions, the settings file, the curator's content, the state folder.
New-Item -ItemType Directory -Force -Path "$Root\releases", $Content | Out-Null
if (-not (Test-Path "$Root\kiosk.toml")) {
    $contentToml = $Content -replace '\\', '/'
    Set-Content -Path "$Root\kiosk.toml" -Encoding UTF8 -Value @"
# Exhibit kiosk settings (docs/install.md). Keep the content folder outside the program folders.
content = "$contentToml"
rotate = 0
screen = 0
screen_diagonal_inches = 32
"@
}
# The kiosk user may read everything there; the state folder is %LOCALAPPDATA%\exhibit-kiosk.
icacls $Root /grant "${User}:(OI)(CI)RX" | Out-Null
Write-Host "Next: install-update.ps1 <archive.zip>, then apply-shell-launcher.ps1 as SYSTEM, then Autologon."
