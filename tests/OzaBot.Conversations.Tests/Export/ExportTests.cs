using Microsoft.Extensions.DependencyInjection;
using OzaBot.BotFramework.Schema;
using OzaBot.Conversations.Flows.Export;
using OzaBot.Conversations.Tests.CaseManagement;
using OzaBot.Conversations.Tests.Support;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;
using OzaBot.Testing.Flow;

namespace OzaBot.Conversations.Tests.Export;

public sealed class ExportTests
{
    [Fact]
    public async Task The_owner_gets_links_in_a_1_on_1_chat_to_an_export_with_every_part_of_the_case_that_expire()
    {
        var assistant = new Assistant();
        var code = await FullCaseAsync(assistant);
        string? reply = null;

        await assistant.Flow()
            .Send("exporteer casus " + code).AssertReply(a => reply = a.Text)
            .StartTestAsync();

        Assert.Contains("leesbare samenvatting", reply, StringComparison.Ordinal);
        var token = System.Text.RegularExpressions.Regex.Match(reply!, @"/export/([A-Za-z0-9_-]+)\.html").Groups[1].Value;
        var exports = assistant.Services.GetRequiredService<CaseExports>();
        var json = (await exports.FindAsync(token, "json", default))!.Content;
        var html = (await exports.FindAsync(token, "html", default))!.Content;

        foreach (var part in new[] { "\"partners\"", "\"actions\"", "\"meetings\"", "\"financing\"", "\"evaluations\"", "\"escalations\"", "\"consents\"", "\"history\"", "\"accessLog\"", "verslag delen", "Bestuur Noord" })
        {
            Assert.Contains(part, json, StringComparison.Ordinal);
        }

        foreach (var part in new[] { "<html lang=\"nl\">", "Partners", "Acties", "Overleggen", "Financiering", "Evaluaties", "Escalaties", "Toestemmingen", "Geschiedenis", "Toegangslog", "verslag delen", "Exporteren" })
        {
            Assert.Contains(part, html, StringComparison.Ordinal);
        }

        Assert.Null(await exports.FindAsync(token, "pdf", default));
        Assert.Null(await exports.FindAsync(token[..^2] + "xx", "json", default));
        assistant.Time.Advance(CaseExports.Validity + TimeSpan.FromMinutes(1));
        Assert.Null(await exports.FindAsync(token, "json", default));
    }

    [Fact]
    public async Task Not_in_a_group_chat_and_not_for_other_members()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant, TestCases.GroupChat);

        await assistant.Flow(assistant.Chat(TestCases.GroupChat, ConversationTypes.GroupChat))
            .Send("exporteer casus " + stored.Code).AssertReply(ExportTexts.In(Language.Dutch).OnlyPersonal)
            .StartTestAsync();
        await assistant.Flow(assistant.Chat("a:personal-member"))
            .As("29:member")
            .Send("exporteer casus " + stored.Code).AssertReply(OzaBot.Conversations.Cases.CaseAccessTexts.NotFound(Language.Dutch, stored.Code))
            .StartTestAsync();

        await assistant.Cases.UpdateAsync(stored.Key, s => s.Case.AddPartner(PartnerRole.Gemeente, null, "aad-29:member", new Actor(TestCases.DefaultUserId, assistant.Time.GetUtcNow())).IsOk ? DomainResult.Ok : DomainResult.Refused(Refusals.NotFound), CancellationToken.None);
        await assistant.Flow(assistant.Chat("a:personal-member"))
            .As("29:member")
            .Send("exporteer casus " + stored.Code).AssertReply(ExportTexts.In(Language.Dutch).NotAllowed(stored.Code))
            .StartTestAsync();
    }

    private static async Task<string> FullCaseAsync(Assistant assistant)
    {
        var stored = await TestCases.OpenAsync(assistant);
        var actor = new Actor(TestCases.DefaultUserId, assistant.Time.GetUtcNow());
        await assistant.Cases.UpdateAsync(stored.Key, s =>
        {
            var c = s.Case;
            s.Meta.Label = "Bestuur Noord";
            c.AddPartner(PartnerRole.Gemeente, "gebiedsteam Noord", null, actor);
            c.AddAction("verslag delen", PartnerRole.School, actor.At.AddDays(7), actor);
            c.AddFinancing(Financer.Gemeente, "begeleiding", DateOnly.FromDateTime(actor.At.UtcDateTime), null, actor);
            c.RecordConsent(PartnerRole.Gemeente, [ConsentCategory.VerslagenSchool], ConsentGiver.Ouders, PupilAge.Onder12, DateOnly.FromDateTime(actor.At.UtcDateTime.AddMonths(6)), actor);
            c.Escalate(EscalationLevel.Procesregisseur, EscalationReason.Stagnatie, null, actor);
            return DomainResult.Ok;
        }, CancellationToken.None);
        return stored.Code;
    }
}
