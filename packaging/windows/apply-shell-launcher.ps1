# Apply shell-launcher.xml through the MDM WMI bridge. UNTESTED. Must run as SYSTEM:
#   PsExec64.exe -i -s powershell -ExecutionPolicy Bypass -File apply-shell-launcher.ps1
# Undo with: apply-shell-launcher.ps1 -Clear   (the kiosk user gets Explorer back at next sign-in)
param(
    [string]$ConfigPath = (Join-Path $PSScriptRoot "shell-launcher.xml"),
    [switch]$Clear
)
$ErrorActionPreference = "Stop"
$bridge = Get-CimInstance -Namespace "root\cimv2\mdm\dmmap" -ClassName "MDM_AssignedAccess"
if ($Clear) {
    $bridge.ShellLauncher = $null
} else {
    $xml = Get-Content -Raw -Path $ConfigPath
    $bridge.ShellLauncher = [System.Net.WebUtility]::HtmlEncode($xml)
}
Set-CimInstance -CimInstance $bridge
Write-Host "Shell Launcher configuration now:"
(Get-CimInstance -Namespace "root\cimv2\mdm\dmmap" -ClassName "MDM_AssignedAccess").ShellLauncher
