using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using OzaBot.Testing.Tooling;
using Xunit;

namespace OzaBot.Testing.Azurite;

/// <summary>
/// A real Azurite table service for one test run: installed into tooling/ on first use, started with
/// <c>node …/azurite/dist/src/table/main.js</c> on a free 127.0.0.1 port with in-memory persistence and
/// telemetry off, ready when it answers HTTP, killed by its PID on dispose (and at process exit).
/// Use it as an xunit collection fixture; xunit only finds collection definitions in the test assembly
/// itself, so each test project declares one (see <see cref="CollectionName"/>).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    /// <summary>
    /// Declare in the test project:
    /// <c>[CollectionDefinition(AzuriteFixture.CollectionName)] public sealed class AzuriteCollection : ICollectionFixture&lt;AzuriteFixture&gt;;</c>
    /// then put <c>[Collection(AzuriteFixture.CollectionName)]</c> on the test classes.
    /// </summary>
    public const string CollectionName = "Azurite";

    public const string AccountName = "devstoreaccount1";

    /// <summary>Azurite's well-known development key (public, from its README).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly StringBuilder _output = new();
    private Process? _process;

    public int Port { get; private set; }

    /// <summary>Path-style table endpoint: <c>http://127.0.0.1:{port}/devstoreaccount1</c>.</summary>
    public Uri TableEndpoint => new($"http://127.0.0.1:{Port}/{AccountName}");

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};TableEndpoint={TableEndpoint};";

    /// <summary>A fresh valid table name, so tests sharing the one Azurite never see each other's rows.</summary>
    public static string NewTableName() => "t" + Guid.NewGuid().ToString("N");

    public async Task InitializeAsync()
    {
        await NodeTooling.EnsureInstalledAsync();
        var entryPoint = NodeTooling.ModulePath(Path.Combine("azurite", "dist", "src", "table", "main.js"));
        if (!File.Exists(entryPoint))
        {
            throw new InvalidOperationException($"Azurite's table entry point is missing: {entryPoint}. Check tooling/package.json.");
        }

        // A port picked free can be taken before Azurite binds it; then Azurite exits and we try another.
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();
            StartProcess(entryPoint);
            if (await WaitUntilReadyAsync())
            {
                return;
            }

            Kill();
            if (attempt == 3)
            {
                throw new InvalidOperationException($"Azurite did not start within {StartTimeout}:\n{Output()}");
            }
        }
    }

    public Task DisposeAsync()
    {
        Kill();
        return Task.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void StartProcess(string entryPoint)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = NodeTooling.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     entryPoint, "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--inMemoryPersistence", "--disableTelemetry", "--silent",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        AppDomain.CurrentDomain.ProcessExit += KillAtExit;
    }

    // Any HTTP answer means ready: Azurite has no health endpoint, and GET / returns 400 at once.
    private async Task<bool> WaitUntilReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process is null || _process.HasExited)
            {
                return false;
            }

            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{Port}/"));
                return true;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(150));
            }
            catch (TaskCanceledException)
            {
                // The 5 s request timeout: the port is busy starting up; ask again.
            }
        }

        return false;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Length < 64 * 1024)
            {
                _output.AppendLine(line);
            }
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private void KillAtExit(object? sender, EventArgs e) => Kill();

    private void Kill()
    {
        AppDomain.CurrentDomain.ProcessExit -= KillAtExit;
        var process = Interlocked.Exchange(ref _process, null);
        if (process is null)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
        finally
        {
            process.Dispose();
        }
    }
}
