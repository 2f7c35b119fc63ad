namespace OzaBot.Domain.Cases.Reporting;

/// <summary>One cell of the dashboard: a figure, a category within it and its value, already made safe to show.</summary>
public sealed record DashboardRow(string Figure, string Category, string Value);
