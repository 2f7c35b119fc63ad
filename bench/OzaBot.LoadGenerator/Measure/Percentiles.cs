namespace OzaBot.LoadGenerator.Measure;

internal static class Percentiles
{
    /// <summary>Nearest-rank percentile of sorted values (0 when there are none).</summary>
    public static double Of(double[] sorted, double percentile) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
