using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OzaBot.LoadGenerator.Hosting;

/// <summary>The OzaBot host under test, started by the generator so it knows the pid and the moment of start.</summary>
internal sealed class HostProcess : IDisposable
{
    private const int KeptLines = 40;
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();
    private int _lines;
    private int _disposed;

    private HostProcess(Process process, long startedAt)
    {
        _process = process;
        StartedAt = startedAt;
    }

    public int Pid => _process.Id;

    public long StartedAt { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Lines the host wrote to stdout/stderr (at log level Warning: warnings and errors only).</summary>
    public int OutputLines => Volatile.Read(ref _lines);

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static HostProcess Start(string hostDll, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(hostDll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var startedAt = Stopwatch.GetTimestamp();
        var process = new Process { StartInfo = info };
        var host = new HostProcess(process, startedAt);
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    public IReadOnlyList<string> LastLines()
    {
        lock (_lastLines)
        {
            return [.. _lastLines];
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        Interlocked.Increment(ref _lines);
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > KeptLines)
            {
                _lastLines.Dequeue();
            }
        }
    }

    /// <summary>Stops the host (idempotent: also called on Ctrl+C and at process exit).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }
}
