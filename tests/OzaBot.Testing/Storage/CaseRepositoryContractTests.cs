using OzaBot.BotFramework.State;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Cases.Reporting;
using OzaBot.Domain.Content;
using OzaBot.Domain.Vocabulary;
using OzaBot.Testing.Cases;
using Xunit;

namespace OzaBot.Testing.Storage;

/// <summary>
/// The one contract every <see cref="ICaseRepository"/> passes (memory, SQLite, Azure Tables on Azurite):
/// versions, tenants, every query, concurrency and large cases. A store's test class inherits this and
/// says how to open its repository over this test's data.
/// </summary>
public abstract class CaseRepositoryContractTests
{
    /// <summary>Per test, so stores that share data between tests (one Azurite account) stay independent.</summary>
    protected string Tenant { get; } = "tenant-" + Guid.NewGuid().ToString("N")[..8];

    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Opens the repository over this test's data; every call must see the same cases (a reopen, or a second instance).</summary>
    protected abstract ICaseRepository Open();

    [Fact]
    public async Task A_saved_case_loads_with_its_meta_and_a_version_and_a_missing_one_is_null()
    {
        var repository = Open();
        var saved = await repository.SaveAsync(NewCase(label: "Bestuur Noord", conversation: "conv-1"));

        var loaded = await repository.LoadAsync(saved.Key);

        Assert.NotNull(saved.ETag);
        Assert.Equal(saved.ETag, loaded!.ETag);
        Assert.Equal(saved.Code, loaded.Code);
        Assert.Equal("Bestuur Noord", loaded.Meta.Label);
        Assert.Equal(["conv-1"], loaded.Meta.ConversationIds);
        Assert.Equal(StoredCaseJson.Serialize(saved), StoredCaseJson.Serialize(loaded));
        Assert.Null(await repository.LoadAsync(new CaseKey(Tenant, "OZA-NONE-00")));
    }

    [Fact]
    public async Task Saving_a_new_case_twice_and_saving_a_stale_version_are_conflicts()
    {
        var repository = Open();
        var fresh = NewCase();
        var saved = await repository.SaveAsync(fresh);
        await Assert.ThrowsAsync<StorageConflictException>(() => repository.SaveAsync(fresh));

        saved.Case.AddAction("verslag delen", PartnerRole.School, null, Actor());
        var second = await repository.SaveAsync(saved);
        Assert.NotEqual(saved.ETag, second.ETag);

        await Assert.ThrowsAsync<StorageConflictException>(() => repository.SaveAsync(saved));
        await Assert.ThrowsAsync<StorageConflictException>(() => repository.DeleteAsync(saved, Deletion));
        Assert.Single((await repository.LoadAsync(saved.Key))!.Case.Actions);
    }

    [Fact]
    public async Task A_tenant_never_sees_another_tenants_case_even_with_the_same_code()
    {
        var repository = Open();
        var mine = await repository.SaveAsync(NewCase(conversation: "conv-shared"));
        var otherTenant = Tenant + "-other";
        var theirs = await repository.SaveAsync(new StoredCase(StoredCaseJson.Deserialize(StoredCaseJson.Serialize(mine), null).Case, new CaseMeta { TenantId = otherTenant, ConversationIds = ["conv-shared"] }));

        Assert.Equal(mine.Code, theirs.Code);
        Assert.Equal([mine.Code], (await repository.ListByTenantAsync(Tenant)).Select(c => c.Code));
        Assert.Equal([Tenant], (await repository.ListByConversationAsync(Tenant, "conv-shared")).Select(c => c.Meta.TenantId));
        Assert.Empty(await repository.ListByTenantAsync("tenant-nobody"));
        await repository.DeleteAsync(theirs, Deletion);
        Assert.NotNull(await repository.LoadAsync(mine.Key));
    }

    [Fact]
    public async Task Cases_of_a_conversation_are_listed_by_code_and_follow_their_links()
    {
        var repository = Open();
        var a = await repository.SaveAsync(NewCase(conversation: "conv-a"));
        var b = await repository.SaveAsync(NewCase(conversation: "conv-a"));
        await repository.SaveAsync(NewCase(conversation: "conv-b"));

        Assert.Equal(new[] { a.Code, b.Code }.Order(StringComparer.Ordinal), (await repository.ListByConversationAsync(Tenant, "conv-a")).Select(c => c.Code));

        a.Meta.ConversationIds.Remove("conv-a");
        a.Meta.ConversationIds.Add("conv-b");
        await repository.SaveAsync(a);

        Assert.Equal([b.Code], (await repository.ListByConversationAsync(Tenant, "conv-a")).Select(c => c.Code));
        Assert.Equal(3, (await repository.ListByTenantAsync(Tenant)).Count);
    }

    [Fact]
    public async Task Due_queries_find_evaluations_actions_and_meetings_in_the_window_and_forget_them_when_done()
    {
        var repository = Open();
        var zio = NewCase(Track.ZioSchool);
        var actionId = zio.Case.AddAction("dossier aanvullen", PartnerRole.School, Now.AddDays(3), Actor()).Value!;
        zio.Case.PlanMeeting(MeetingKind.Evaluatie, Now.AddDays(5), Now.AddDays(5).AddHours(1), [PartnerRole.School], Actor());
        zio.Case.PlanMeeting(MeetingKind.Projectgroep, Now.AddDays(20), Now.AddDays(20).AddHours(1), [PartnerRole.School], Actor());
        var saved = await repository.SaveAsync(zio);
        var later = await repository.SaveAsync(NewCase());

        async Task<IEnumerable<string>> Due(CaseDueKind kind, int fromDays, int toDays) =>
            (await repository.DueAsync(kind, Now.AddDays(fromDays), Now.AddDays(toDays))).Where(d => d.Key.TenantId == Tenant).Select(d => $"{d.Key.Code}@{d.At:yyyy-MM-dd}");

        Assert.Equal([$"{saved.Code}@2026-11-26"], await Due(CaseDueKind.Action, 0, 7));
        Assert.Equal([$"{saved.Code}@2026-11-28"], await Due(CaseDueKind.Evaluation, 0, 7));
        Assert.Equal([$"{saved.Code}@2026-11-28"], await Due(CaseDueKind.Meeting, 0, 7));
        Assert.Equal([$"{saved.Code}@2026-12-13"], await Due(CaseDueKind.Meeting, 7, 30));
        Assert.Empty(await Due(CaseDueKind.Action, 4, 30));

        saved.Case.CompleteAction(actionId, Actor());
        saved = await repository.SaveAsync(saved);
        Assert.Empty(await Due(CaseDueKind.Action, 0, 7));

        saved.Case.Close(CloseReason.DoelenBereikt, Actor());
        await repository.SaveAsync(saved);
        Assert.Empty(await Due(CaseDueKind.Meeting, 0, 30));
        Assert.Empty(await Due(CaseDueKind.Evaluation, 0, 30));
        Assert.NotNull(later);
    }

    [Fact]
    public async Task Open_cases_are_found_at_their_creation_whatever_changes_later_until_they_close()
    {
        var repository = Open();
        var saved = await repository.SaveAsync(NewCase());

        async Task<IEnumerable<string>> OpenCases() =>
            (await repository.DueAsync(CaseDueKind.Open, DateTimeOffset.MinValue, DateTimeOffset.MaxValue)).Where(d => d.Key.TenantId == Tenant).Select(d => $"{d.Key.Code}@{d.At:O}");

        var atCreation = $"{saved.Code}@{Now:O}";
        Assert.Equal([atCreation], await OpenCases());

        // A change a week later leaves the entry (and so the index rows) as they were.
        saved.Case.AddAction("verslag delen", PartnerRole.School, null, Actor(Now.AddDays(7)));
        saved = await repository.SaveAsync(saved);
        Assert.Equal(Now.AddDays(7), saved.Case.LastChangedAt);
        Assert.Equal([atCreation], await OpenCases());

        saved.Case.Close(CloseReason.DoelenBereikt, Actor(Now.AddDays(8)));
        await repository.SaveAsync(saved);
        Assert.Empty(await OpenCases());
    }

    [Fact]
    public async Task Closed_before_finds_only_cases_closed_before_the_date_and_not_after_delete()
    {
        var repository = Open();
        var early = NewCase();
        early.Case.Close(CloseReason.DoelenBereikt, Actor(Now.AddDays(1)));
        var closedEarly = await repository.SaveAsync(early);
        var late = NewCase();
        late.Case.Close(CloseReason.Overig, Actor(Now.AddDays(10)));
        await repository.SaveAsync(late);
        await repository.SaveAsync(NewCase());

        async Task<IEnumerable<CaseKey>> Closed(int days) => (await repository.ClosedBeforeAsync(Now.AddDays(days))).Where(k => k.TenantId == Tenant);

        Assert.Equal([closedEarly.Key], await Closed(5));
        Assert.Equal(2, (await Closed(11)).Count());
        await repository.DeleteAsync(closedEarly, Deletion);
        Assert.Empty(await Closed(5));
    }

    [Fact]
    public async Task Counts_per_region_track_step_and_outcome_cover_the_tenant_only()
    {
        var repository = Open();
        await repository.SaveAsync(NewCase(label: "Noord"));
        await repository.SaveAsync(NewCase(label: "Noord"));
        var closed = NewCase(Track.ZioSchool, label: "Zuid");
        closed.Case.Close(CloseReason.DoelenBereikt, Actor());
        await repository.SaveAsync(closed);
        await repository.SaveAsync(new StoredCase(NewCase().Case, new CaseMeta { TenantId = Tenant + "-other", Label = "Noord" }));

        var counts = await repository.CountAsync(Tenant);

        Assert.Equal(3, counts.Total);
        Assert.Equal(2, counts.PerRegion["Noord"]);
        Assert.Equal(1, counts.PerRegion["Zuid"]);
        Assert.Equal(2, counts.PerTrack[nameof(Track.OzaIndividueel)]);
        Assert.Equal(1, counts.PerOutcome[nameof(CloseReason.DoelenBereikt)]);
        Assert.Equal(2, counts.PerOutcome[CaseIndex.Running]);
        Assert.Equal(3, counts.PerStep.Values.Sum());
    }

    [Fact]
    public async Task Parallel_writers_with_reload_and_retry_lose_no_change_across_two_instances()
    {
        var first = Open();
        var second = Open();
        var key = (await first.SaveAsync(NewCase())).Key;
        const int Writers = 6, Changes = 4;

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            var repository = w % 2 == 0 ? first : second;
            for (var i = 0; i < Changes; i++)
            {
                while (true)
                {
                    var current = (await repository.LoadAsync(key))!;
                    current.Case.AddAction($"actie {w}-{i}", PartnerRole.School, null, Actor());
                    try
                    {
                        await repository.SaveAsync(current);
                        break;
                    }
                    catch (StorageConflictException)
                    {
                        // Someone else saved first: reload and apply again.
                    }
                }
            }
        })));

        Assert.Equal(Writers * Changes, (await second.LoadAsync(key))!.Case.Actions.Count);
    }

    [Fact]
    public async Task A_large_case_with_many_dated_actions_and_a_long_history_round_trips()
    {
        var repository = Open();
        var large = NewCase(conversation: "conv-large");
        for (var i = 0; i < 150; i++)
        {
            large.Case.AddAction($"actie {i} " + new string('x', 150), PartnerRole.School, Now.AddDays(1 + i), Actor());
        }

        var saved = await repository.SaveAsync(large);
        saved.Case.AddAction("nog een", PartnerRole.Gemeente, Now.AddDays(400), Actor());
        saved = await repository.SaveAsync(saved);

        var loaded = (await repository.LoadAsync(saved.Key))!;
        Assert.Equal(151, loaded.Case.Actions.Count);
        Assert.True(loaded.Case.History.Count > 150);
        Assert.Contains((await repository.DueAsync(CaseDueKind.Action, Now.AddDays(399), Now.AddDays(401))), d => d.Key == saved.Key);
        await repository.DeleteAsync(loaded, Deletion);
        Assert.Null(await repository.LoadAsync(saved.Key));
    }

    [Fact]
    public async Task A_deleted_case_leaves_only_its_deletion_record_under_a_hash_and_an_anonymous_aggregate()
    {
        var repository = Open();
        var zio = NewCase(Track.ZioSchool, label: "Zuid");
        zio.Case.Close(CloseReason.DoelenBereikt, Actor(Now.AddDays(40)));
        var saved = await repository.SaveAsync(zio);
        Assert.Null(await repository.FindDeletionAsync(saved.Key));

        await repository.DeleteAsync(saved, Deletion);

        Assert.Null(await repository.LoadAsync(saved.Key));
        Assert.Equal(Deletion, await Open().FindDeletionAsync(saved.Key));
        Assert.Null(await repository.FindDeletionAsync(saved.Key with { TenantId = Tenant + "-other" }));
        var aggregate = Assert.Single(await repository.AggregatesAsync(Tenant));
        Assert.Equal(("Zuid", nameof(Track.ZioSchool), nameof(CloseReason.DoelenBereikt), "2027-01", 40), (aggregate.Region, aggregate.Track, aggregate.Outcome, aggregate.ClosedMonth, aggregate.TotalDays));
        Assert.Equal(40, aggregate.DaysPerStep.Sum());
        Assert.Equal(("2026-11", StepIds.ZioDataInventariseren, false), (aggregate.StartedMonth, aggregate.Step, aggregate.Escalated));
        Assert.Empty(await repository.ListByTenantAsync(Tenant));
        Assert.Equal(0, (await repository.CountAsync(Tenant)).Total);
    }

    [Fact]
    public async Task The_dashboard_figures_of_a_seeded_store_count_live_and_deleted_cases_with_the_minimum_group_size()
    {
        await DashboardCases.SeedAsync(Open(), Tenant);

        var aggregates = await TenantAggregates.LoadAsync(Open(), Tenant, DashboardCases.Seen);

        Assert.Equal(DashboardCases.Expected(ProcessCatalogue.Default), DashboardFigures.Compute(aggregates, ProcessCatalogue.Default));
        Assert.Equal(["2026-2027"], aggregates.Select(SchoolYear.Of).Distinct());
    }

    [Fact]
    public async Task Cases_survive_reopening_the_store()
    {
        var saved = await Open().SaveAsync(NewCase(conversation: "conv-reopen"));

        var reopened = Open();

        Assert.Equal(saved.ETag, (await reopened.LoadAsync(saved.Key))!.ETag);
        Assert.Single(await reopened.ListByConversationAsync(Tenant, "conv-reopen"));
    }

    protected StoredCase NewCase(Track track = Track.OzaIndividueel, string label = "Regio", string conversation = "conv-1")
    {
        var opened = Case.Open(ProcessCatalogue.Default, track, "JB", Actor());
        return new StoredCase(opened.Value!, new CaseMeta { TenantId = Tenant, Label = label, ConversationIds = [conversation] });
    }

    protected static CaseDeletion Deletion { get; } = new(Now.AddDays(60), "aad-owner", CaseDeletion.UserRequest);

    protected static Actor Actor(DateTimeOffset? at = null) => new("aad-owner", at ?? Now);
}
