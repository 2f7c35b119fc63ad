using OzaBot.Testing.Azurite;

namespace OzaBot.Integrations.Tests.AzureTables;

/// <summary>One Azurite for every Azurite-backed test class in this assembly.</summary>
[CollectionDefinition(AzuriteFixture.CollectionName)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;
