using OzaBot.Testing.Cases;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Tests.Support;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Scheduling;
using OzaBot.Domain.Vocabulary;
using OzaBot.Integrations.Calendar;
using OzaBot.Testing.Flow;

namespace OzaBot.Conversations.Tests.Meetings;

/// <summary>The real assistant with the real Local calendar (.ics) on the shared storage and fake time.</summary>
internal static class MeetingAssistant
{
    public const string Organizer = "ib@school.example.nl";

    public static Assistant Create(Func<ICalendarService, ICalendarService>? wrap = null) => new(configure: services =>
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Calendar:Provider"] = "Local",
            ["Host:PublicBaseUrl"] = "http://127.0.0.1:3978",
        }).Build();
        services.AddOzaBotCalendar(configuration);
        if (wrap is not null)
        {
            var real = services.Single(d => d.ServiceType == typeof(ICalendarService));
            services.Remove(real);
            services.AddSingleton(sp => wrap((ICalendarService)real.ImplementationFactory!(sp)));
        }
    });

    public static ICalendarService Calendar(this Assistant assistant) => assistant.Services.GetRequiredService<ICalendarService>();

    /// <summary>An OZA case with a school and a gebiedsteam partner, linked to <paramref name="conversationId"/>.</summary>
    /// <summary>A case with the school and the gebiedsteam as partners; the parents consented to share the plan unless <paramref name="consent"/> is false.</summary>
    public static async Task<string> OpenCaseAsync(this Assistant assistant, string conversationId = "a:personal-1", Track track = Track.OzaIndividueel, bool consent = true)
    {
        var actor = new Actor("aad-29:user-1", assistant.Time.GetUtcNow());
        var @case = Case.Open(ProcessCatalogue.Default, track, "J.B.", actor).Value!;
        Assert.True(@case.AddPartner(PartnerRole.School, "school", null, actor).IsOk);
        Assert.True(@case.AddPartner(PartnerRole.Gebiedsteam, "gebiedsteam Noord", null, actor).IsOk);
        if (consent)
        {
            Consents.ForPlan(@case, actor, PartnerRole.Gebiedsteam, PartnerRole.Procesregisseur, PartnerRole.Zorgaanbieder, PartnerRole.Gemeente, PartnerRole.Overig);
        }

        var meta = new CaseMeta { TenantId = "tenant-1", ConversationIds = { conversationId } };
        await assistant.Cases.CreateAsync(@case, meta, attempt: null, CancellationToken.None);
        return @case.Code;
    }

    public static async Task<Case> CaseAsync(this Assistant assistant, string code) =>
        (await assistant.Cases.GetAsync(Assistant.Key(code), CancellationToken.None))!.Case;

    /// <summary>"plan een OZO" up to the confirm question, answering every step in the happy way.</summary>
    public static TestFlow PlanOzoUntilConfirm(this TestFlow flow, string code) => flow
        .Send($"plan een OZO {code}")
        .AssertReplyContains("Wie nodig je uit?")
        .Send("1 en 2")
        .AssertReplyContains("Wat is jouw e-mailadres?")
        .Send(Organizer)
        .AssertReplyContains("**de school**")
        .Send("zorgcoordinator@school.example.nl")
        .AssertReplyContains("**het gebiedsteam**")
        .Send("team-noord@gemeente.example.nl")
        .AssertReplyContains("Hoe lang duurt het overleg?")
        .Send("60")
        .AssertReplyContains("Vanaf wanneer")
        .Send("vandaag")
        .AssertReplyWithCard("Beschikbaarheid onbekend van de school en het gebiedsteam.", card => Assert.Contains("OZO plannen", card.GetRawText(), StringComparison.Ordinal))
        .Execute("chooseSlot", new { slot = "s1", caseCode = code, revision = 0, proposalId = "p" })
        .AssertReplyContains("Het OZO inplannen op ");

    public static TestFlow PlanOzo(this TestFlow flow, string code) => flow
        .PlanOzoUntilConfirm(code)
        .Send("ja")
        .AssertTextWithCard($"Het OZO van casus {code} is gepland.");
}

/// <summary>A calendar whose creates fail: before reaching the real calendar, or after it made the meeting (a lost answer).</summary>
internal sealed class FailingCalendar(ICalendarService inner, bool failAfterCreating, int failures = 1) : ICalendarService
{
    private int _failuresLeft = failures;

    public int CreateCalls { get; private set; }

    public async Task<ScheduledMeeting> CreateAsync(MeetingRequest request, CancellationToken cancellationToken = default)
    {
        CreateCalls++;
        if (_failuresLeft > 0 && !failAfterCreating)
        {
            _failuresLeft--;
            throw new CalendarException(CalendarErrorKind.Unavailable, "test: calendar down");
        }

        var meeting = await inner.CreateAsync(request, cancellationToken);
        if (_failuresLeft > 0)
        {
            _failuresLeft--;
            throw new CalendarException(CalendarErrorKind.Unavailable, "test: answer lost");
        }

        return meeting;
    }

    public Task<ScheduledMeeting> RescheduleAsync(string caseCode, string meetingId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default) =>
        inner.RescheduleAsync(caseCode, meetingId, start, end, cancellationToken);

    public Task<ScheduledMeeting> CancelAsync(string caseCode, string meetingId, string comment, CancellationToken cancellationToken = default) =>
        inner.CancelAsync(caseCode, meetingId, comment, cancellationToken);

    public Task<IReadOnlyList<ScheduledMeeting>> ListAsync(string caseCode, CancellationToken cancellationToken = default) =>
        inner.ListAsync(caseCode, cancellationToken);

    public Task ForgetCaseAsync(string caseCode, CancellationToken cancellationToken = default) => inner.ForgetCaseAsync(caseCode, cancellationToken);

    public Task<SlotSuggestions> SuggestSlotsAsync(SlotQuery query, CancellationToken cancellationToken = default) =>
        inner.SuggestSlotsAsync(query, cancellationToken);
}
