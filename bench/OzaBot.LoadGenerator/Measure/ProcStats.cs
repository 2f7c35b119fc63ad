using System.Globalization;

namespace OzaBot.LoadGenerator.Measure;

/// <summary>
/// A process's CPU time (utime + stime from <c>/proc/&lt;pid&gt;/stat</c>, which includes exited threads) and memory
/// (VmRSS, VmHWM from <c>/proc/&lt;pid&gt;/status</c>). Linux only, as is the benchmark.
/// </summary>
internal static class ProcStats
{
    /// <summary>USER_HZ: the unit of utime/stime (<c>getconf CLK_TCK</c>); 100 on every mainstream Linux.</summary>
    public static int ClockTicksPerSecond { get; set; } = 100;

    public static TimeSpan CpuTime(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");

        // The command name (field 2) may contain spaces and ')': fields after the last ')' start at field 3 (state).
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[14 - 3], CultureInfo.InvariantCulture) + long.Parse(fields[15 - 3], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds((double)ticks / ClockTicksPerSecond);
    }

    public static Memory Memory(int pid)
    {
        long rss = 0, hwm = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                hwm = Kilobytes(line);
            }
        }

        return new Memory(rss / 1024.0, hwm / 1024.0);
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}

/// <summary>Resident set size now and at its peak, in MB.</summary>
internal readonly record struct Memory(double RssMb, double PeakRssMb);
