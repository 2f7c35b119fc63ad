using System.Collections.Concurrent;
using System.Diagnostics;

namespace OzaBot.Host.Tests.Operations;

/// <summary>
/// The host as an operator runs it: <c>dotnet OzaBot.Host.dll</c> in its own process on a free loopback port,
/// stopped with a real SIGTERM (<c>kill -TERM</c>), its console output kept.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private const string ListeningLine = "Now listening on: ";
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HostProcess(Process process) => _process = process;

    public ConcurrentQueue<string> Output { get; } = new();

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<HostProcess> StartAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])[typeof(OzaBotApp).Assembly.Location, "--urls", "http://127.0.0.1:0", .. args])
        {
            start.ArgumentList.Add(arg);
        }

        var host = new HostProcess(new Process { StartInfo = start });
        host._process.OutputDataReceived += (_, e) => host.Collect(e.Data);
        host._process.ErrorDataReceived += (_, e) => host.Collect(e.Data);
        host._process.Start();
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        var exited = host._process.WaitForExitAsync();
        var listening = host._listening.Task.WaitAsync(Guard);
        if (await Task.WhenAny(listening, exited) != listening)
        {
            throw new InvalidOperationException("The host exited at start:\n" + string.Join("\n", host.Output));
        }

        host.BaseUrl = await listening;
        return host;
    }

    /// <summary>What App Service and <c>docker stop</c> send.</summary>
    public async Task SendSigTermAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    /// <summary>Waits (polling, not sleeping blindly) until the host printed a line containing <paramref name="fragment"/> (true) or exited (false).</summary>
    public async Task<bool> WaitForLineAsync(string fragment)
    {
        using var guard = new CancellationTokenSource(Guard);
        while (!Output.Any(line => line.Contains(fragment, StringComparison.Ordinal)))
        {
            if (_process.HasExited)
            {
                return false;
            }

            await Task.Delay(20, guard.Token);
        }

        return true;
    }

    public async Task<int> WaitForExitAsync()
    {
        await _process.WaitForExitAsync().WaitAsync(Guard);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is null)
        {
            return;
        }

        Output.Enqueue(line);
        var at = line.IndexOf(ListeningLine, StringComparison.Ordinal);
        if (at >= 0)
        {
            _listening.TrySetResult(new Uri(line[(at + ListeningLine.Length)..].Trim()));
        }
    }
}
