using System.Text.Json.Serialization;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Partners;

/// <summary>The state of "partner toevoegen": the case, the role, and who (a chat member's id or an e-mail address).</summary>
internal sealed class AddPartnerState
{
    public string CaseCode { get; set; } = "";

    public PartnerRole? Role { get; set; }

    public string? UserId { get; set; }

    public string? Email { get; set; }

    /// <summary>The first message already said who (a mention or an address): don't ask again.</summary>
    public bool ContactKnown { get; set; }
}

/// <summary>The state of "toestemming vastleggen": who may receive which data, the pupil's age, given by whom.</summary>
internal sealed class ConsentState
{
    public string CaseCode { get; set; } = "";

    public PartnerRole? Recipient { get; set; }

    public List<ConsentCategory>? Categories { get; set; }

    public PupilAge? Age { get; set; }

    public ConsentGiver? GivenBy { get; set; }
}

/// <summary>The state of "toestemming intrekken": the case and the consents offered, in the order shown.</summary>
internal sealed class WithdrawConsentState
{
    public string CaseCode { get; set; } = "";

    public List<string> Offered { get; set; } = [];
}

[JsonSerializable(typeof(AddPartnerState))]
[JsonSerializable(typeof(ConsentState))]
[JsonSerializable(typeof(WithdrawConsentState))]
internal sealed partial class PartnerJsonContext : JsonSerializerContext;
