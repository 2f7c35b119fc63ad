using System.Net;
using System.Text;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Scheduling;

/// <summary>
/// Builds the subject and body every calendar shows: kind + case code and the agenda, nothing else
/// ("OZO casus K-4821"), because invitations leave the tenant by e-mail (domain.md §3.7).
/// </summary>
public static class MeetingAgenda
{
    public static string Subject(MeetingKind kind, string caseCode) => $"{SchedulingTexts.KindLabel(kind)} casus {caseCode}";

    public static IReadOnlyList<string> Lines(IReadOnlyList<string> agendaLines, MeetingKind kind) =>
        agendaLines.Count > 0 ? agendaLines : SchedulingTexts.DefaultAgenda(kind);

    public static string ToText(ScheduledMeeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var text = new StringBuilder();
        text.Append(Subject(meeting.Kind, meeting.CaseCode)).Append('\n').Append('\n').Append(SchedulingTexts.AgendaHeading).Append(':');
        var number = 1;
        foreach (var line in Lines(meeting.AgendaLines, meeting.Kind))
        {
            text.Append('\n').Append(number++).Append(". ").Append(line);
        }

        return text.Append('\n').Append('\n').Append(SchedulingTexts.PrivacyFooter).ToString();
    }

    public static string ToHtml(ScheduledMeeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var html = new StringBuilder();
        html.Append("<p><b>").Append(WebUtility.HtmlEncode(Subject(meeting.Kind, meeting.CaseCode))).Append("</b></p>");
        html.Append("<p>").Append(SchedulingTexts.AgendaHeading).Append(":</p><ol>");
        foreach (var line in Lines(meeting.AgendaLines, meeting.Kind))
        {
            html.Append("<li>").Append(WebUtility.HtmlEncode(line)).Append("</li>");
        }

        return html.Append("</ol><p><i>").Append(WebUtility.HtmlEncode(SchedulingTexts.PrivacyFooter)).Append("</i></p>").ToString();
    }
}
