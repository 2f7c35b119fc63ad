namespace OzaBot.Host.Tests.Deployment;

/// <summary>infra/ as the real Bicep CLI sees it (from NuGet, see <see cref="BicepCli"/>): warnings count as errors.</summary>
public sealed class BicepCompileTests
{
    [Fact]
    public void The_infra_builds_into_one_ARM_template_without_a_warning() =>
        Assert.Equal(["bot", "identity", "monitoring", "storage", "web"], BicepCli.MainTemplate["resources"]!.AsArray()
            .Where(r => (string?)r!["type"] == "Microsoft.Resources/deployments").Select(r => (string)r!["name"]!).Order(StringComparer.Ordinal));

    [Fact]
    public void Every_Bicep_file_lints_clean()
    {
        var (exitCode, printed) = BicepCli.Run("lint", "--pattern", "infra/**/*.bicep");

        Assert.True(exitCode == 0 && printed.Length == 0, printed);
    }
}
