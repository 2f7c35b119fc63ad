using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using OzaBot.BotFramework.Cards.Templating;

namespace OzaBot.BotFramework.Cards;

/// <summary>
/// An Adaptive Card template in the templating language (<c>${…}</c>, <c>$data</c>, <c>$when</c>), parsed
/// once and expanded many times. Supports the subset documented in cards/README.md and gives the same
/// output as Microsoft's adaptivecards-templating for it (proved by a differential test); syntax outside
/// the subset is rejected by <see cref="Parse(string)"/>. Instances are immutable and thread-safe.
/// </summary>
public sealed class CardTemplate
{
    private readonly TemplateNode root;

    private CardTemplate(TemplateNode root)
    {
        this.root = root;
    }

    /// <exception cref="CardTemplateException">The template uses syntax outside the supported subset.</exception>
    public static CardTemplate Parse(string templateJson) =>
        Parse(JsonNode.Parse(templateJson) ?? throw new CardTemplateException("The template is JSON null."));

    public static CardTemplate Parse(JsonNode template) => new(TemplateCompiler.Compile(template));

    /// <summary>Binds the template to <paramref name="data"/> (the <c>$root</c>). The result shares no nodes with the data.</summary>
    public JsonNode? Expand(JsonNode? data) => root.Expand(new TemplateScope(data));

    public JsonNode? Expand(JsonElement data) => Expand(JsonNode.Parse(data.GetRawText()));

    /// <summary>Binds to a typed record serialized with a source-generated <paramref name="typeInfo"/>.</summary>
    public JsonNode? Expand<T>(T data, JsonTypeInfo<T> typeInfo) => Expand(JsonSerializer.SerializeToNode(data, typeInfo));

    /// <summary>Expands a card template; the result must be one JSON object (the card).</summary>
    public JsonObject ExpandCard(JsonNode? data) =>
        Expand(data) as JsonObject ?? throw new CardTemplateException("The template did not expand to a single card object.");
}
