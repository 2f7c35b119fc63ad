using System.Diagnostics;

namespace OzaBot.Testing.Tooling;

/// <summary>
/// The npm packages the tests use as real counterparts (Azurite, adaptivecards, the manifest schemas,
/// ical.js, playwright-core) live in tooling/. Tests call <see cref="EnsureInstalled"/> so a fresh clone
/// needs no manual step; a lock file keeps parallel test assemblies from installing (npm, chromium) at the same time.
/// </summary>
public static class NodeTooling
{
    private static readonly SemaphoreSlim InProcess = new(1, 1);

    public static string Folder => RepoPaths.Combine("tooling");

    public static string ModulePath(string relative) => Path.Combine(Folder, "node_modules", relative);

    public static Task EnsureInstalledAsync() => OneInstallAtATimeAsync(async () =>
    {
        var marker = Path.Combine(Folder, "node_modules", ".package-lock.json");
        if (File.Exists(marker) && File.GetLastWriteTimeUtc(marker) >= File.GetLastWriteTimeUtc(Path.Combine(Folder, "package-lock.json")))
        {
            return;
        }

        var (exit, output) = await RunAsync("npm", "ci --no-audit --no-fund --loglevel=error", Folder, TimeSpan.FromMinutes(8));
        if (exit != 0)
        {
            throw new InvalidOperationException("npm ci in tooling/ failed:\n" + output);
        }
    });

    /// <summary>
    /// Debian's chromium for playwright-core, installed by tooling/ensure-chromium when missing, so `dotnet test` alone
    /// runs the page checks (two test classes installing it together would meet apt's lock).
    /// </summary>
    public static async Task EnsureChromiumAsync()
    {
        await EnsureInstalledAsync();
        await OneInstallAtATimeAsync(async () =>
        {
            var (exit, output) = await RunAsync("bash", RepoPaths.Combine("tooling", "ensure-chromium"), RepoPaths.Root, TimeSpan.FromMinutes(10));
            if (exit != 0)
            {
                throw new InvalidOperationException("tooling/ensure-chromium failed:\n" + output);
            }
        });
    }

    /// <summary>Runs a Node script with the tooling's node_modules on the module path.</summary>
    public static Task<(int ExitCode, string Output)> RunNodeAsync(string scriptPath, string arguments, TimeSpan timeout) =>
        RunAsync("node", $"\"{scriptPath}\" {arguments}", Folder, timeout);

    public static async Task<(int ExitCode, string Output)> RunAsync(string file, string arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["NODE_PATH"] = Path.Combine(Folder, "node_modules");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + file);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {arguments} did not finish within {timeout}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    private static async Task OneInstallAtATimeAsync(Func<Task> install)
    {
        await InProcess.WaitAsync();
        try
        {
            using var crossProcess = await AcquireFileLockAsync(Path.Combine(Folder, ".npm-install.lock"));
            await install();
        }
        finally
        {
            InProcess.Release();
        }
    }

    private static async Task<FileStream> AcquireFileLockAsync(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 2400)
            {
                await Task.Delay(250);
            }
        }
    }
}
