using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Content;

/// <summary>A regional process agreement (OZO, gezamenlijk plan, financiering, vrijstellingen, Actietafel, …).</summary>
public sealed record ProcessRule(string Id, string Title, string Text, IReadOnlyList<PartnerRole> Roles, SourceRef Source, string? When = null);

/// <summary>Regional thresholds: when a case counts as stagnated, when to remind of evaluations and meetings.</summary>
public sealed record ProcessSettings(int StagnationDays, int EvaluationReminderDays, int MeetingPreparationDays);
