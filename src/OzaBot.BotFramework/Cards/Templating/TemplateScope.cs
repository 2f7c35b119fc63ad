using System.Text.Json.Nodes;

namespace OzaBot.BotFramework.Cards.Templating;

/// <summary>
/// The evaluation context of one expansion: <c>$root</c>, the current <c>$data</c> and <c>$index</c>.
/// <c>$data</c> falls back to <c>$root</c> until a <c>$data</c> binding sets it, as in the official engine.
/// </summary>
internal sealed class TemplateScope(JsonNode? root)
{
    public TemplateValue Root { get; } = TemplateValue.FromNode(root);

    /// <summary>The bound <c>$data</c>; <see cref="TemplateValue.Undefined"/> means "not bound yet".</summary>
    public TemplateValue BoundData { get; set; } = TemplateValue.Undefined;

    public TemplateValue Index { get; set; } = TemplateValue.Undefined;

    public TemplateValue Data => BoundData.Kind == TemplateValueKind.Undefined ? Root : BoundData;
}
