using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Reminders;

/// <summary>A reminder that is due now: its identity, the case as loaded, and for which item (the action roles, the meeting).</summary>
public sealed record DueReminder(ReminderKey Key, StoredCase Stored, IReadOnlyList<PartnerRole> Roles, Meeting? Meeting);
