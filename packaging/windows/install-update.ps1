# Install or update the kiosk from a release .zip, keeping the previous version. UNTESTED.
#   powershell -ExecutionPolicy Bypass -File install-update.ps1 E:\exhibit-kiosk-0.2.0-windows-x86_64.zip
#   powershell -ExecutionPolicy Bypass -File install-update.ps1 -Rollback
# Layout: C:\ExhibitKiosk\releases\<name>\, C:\ExhibitKiosk\current and \previous (junctions).
param(
    [Parameter(Position = 0)][string]$Archive,
    [switch]$Rollback,
    [string]$Root = "C:\ExhibitKiosk",
    [int]$Keep = 3
)
$ErrorActionPreference = "Stop"
$releases = Join-Path $Root "releases"
$current = Join-Path $Root "current"
$previous = Join-Path $Root "previous"

function Get-Target([string]$Link) {
    if (Test-Path $Link) { return (Get-Item $Link).Target | Select-Object -First 1 } else { return $null }
}
function Set-Junction([string]$Link, [string]$Target) {
    if (Test-Path $Link) { cmd /c rmdir "$Link" | Out-Null }   # removes the junction, not its target
    New-Item -ItemType Junction -Path $Link -Target $Target | Out-Null
}
function Restart-Kiosk {
    # Shell Launcher starts kiosk.exe again from "current" as soon as it exits (RestartShell).
    Get-Process -Name kiosk -ErrorAction SilentlyContinue | Stop-Process -Force
}

if ($Rollback) {
    $old = Get-Target $previous
    if (-not $old) { throw "There is no previous version to go back to." }
    $now = Get-Target $current
    Set-Junction $current $old
    if ($now) { Set-Junction $previous $now }
    Write-Host "current: $old"
    Restart-Kiosk
    exit 0
}

if (-not $Archive) { throw "Give the release .zip (or -Rollback)." }
$name = [IO.Path]::GetFileNameWithoutExtension($Archive)
if ($name -notlike "exhibit-kiosk-*-windows-*") { throw "$Archive is not an exhibit-kiosk Windows release." }
$sums = "$Archive.sha256"
if (Test-Path $sums) {
    $expected = (Get-Content $sums).Split(" ")[0].ToLower()
    $actual = (Get-FileHash -Algorithm SHA256 $Archive).Hash.ToLower()
    if ($expected -ne $actual) { throw "$Archive does not match its .sha256: copy it again." }
}
New-Item -ItemType Directory -Force -Path $releases | Out-Null
$incoming = Join-Path $releases ".incoming"
if (Test-Path $incoming) { Remove-Item -Recurse -Force $incoming }
Expand-Archive -Path $Archive -DestinationPath $incoming
$bundle = Join-Path $incoming $name
& (Join-Path $bundle "kiosk-console.exe") validate (Join-Path $bundle "_internal\assets")
if ($LASTEXITCODE -ne 0) { throw "The new version does not start on this PC; nothing was changed." }
$target = Join-Path $releases $name
if (Test-Path $target) { throw "$name is already installed (remove $target to reinstall it)." }
Move-Item $bundle $target
Remove-Item -Recurse -Force $incoming
$now = Get-Target $current
Set-Junction $current $target
if ($now) { Set-Junction $previous $now }
Write-Host "current: $target"
Restart-Kiosk

# Keep the running version, the previous one and the newest $Keep.
$keepPaths = @((Get-Target $current), (Get-Target $previous))
Get-ChildItem -Directory $releases | Where-Object { -not $_.Name.StartsWith(".") } |
    Sort-Object LastWriteTime -Descending | Select-Object -Skip $Keep |
    Where-Object { $keepPaths -notcontains $_.FullName } |
    ForEach-Object { Remove-Item -Recurse -Force $_.FullName; Write-Host "removed $($_.Name)" }
