using OzaBot.Domain.Cases;
using OzaBot.Integrations.Memory;
using OzaBot.Testing.Storage;

namespace OzaBot.Integrations.Tests.Memory;

/// <summary>The case repository contract in memory: "reopening" returns the same instance.</summary>
public sealed class MemoryCaseRepositoryContractTests : CaseRepositoryContractTests
{
    private readonly MemoryCaseRepository _repository = new();

    protected override ICaseRepository Open() => _repository;
}
