using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OzaBot.BotFramework.Authentication;

namespace OzaBot.Host.Tests.Protocol;

public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://*:0")]
    [InlineData("http://127.0.0.1:0;http://+:0")]
    public async Task Development_mode_is_refused_unless_every_listening_address_is_loopback(string urls)
    {
        await using var app = OzaBotApp.Build(["--Bot:AllowUnauthenticated=true", "--urls", urls]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("loopback", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--Bot:AppId=x" }, "Bot:AppPassword")]
    [InlineData(new[] { "--Bot:AppId=x", "--Bot:AppPassword=y" }, "Bot:TenantId")]
    [InlineData(new[] { "--Bot:AppId=x", "--Bot:AppType=UserAssignedMSI" }, "Bot:TenantId")]
    [InlineData(new[] { "--Bot:AppId=x", "--Bot:AppType=UserAssignedMSI", "--Bot:TenantId=t", "--Bot:AppPassword=y" }, "must be empty")]
    [InlineData(new string[0], "Bot:AppId is required")]
    public async Task An_incomplete_bot_identity_stops_the_host_at_start(string[] args, string expected)
    {
        await using var app = OzaBotApp.Build(["--urls", "http://127.0.0.1:0", .. args]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "MicrosoftAppType")]
    [InlineData("BOT_ID", "BOT_PASSWORD", "BOT_TENANT_ID", "BOT_TYPE")]
    public async Task Bot_Builder_and_Teams_Toolkit_setting_names_are_accepted(string id, string password, string tenant, string type)
    {
        await using var app = OzaBotApp.Build(["--urls", "http://127.0.0.1:0", $"--{id}=app", $"--{password}=secret", $"--{tenant}=tenant", $"--{type}=MultiTenant"]);

        var options = app.Services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;

        Assert.Equal(("app", "secret", "tenant", BotAppType.MultiTenant), (options.AppId, options.AppPassword, options.TenantId, options.AppType));
    }
}
