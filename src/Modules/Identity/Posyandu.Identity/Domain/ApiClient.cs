namespace Posyandu.Identity.Domain;

/// <summary>
/// An OPD's own system that calls the API with client credentials (OAuth 2.0, RFC 6749 §4.4): the OpenIddict
/// application holds its id and hashed secret; this row holds the role and region its tokens carry, like an account's.
/// </summary>
public sealed class ApiClient
{
    private ApiClient()
    {
    }

    public string ClientId { get; private set; } = "";

    public string DisplayName { get; private set; } = "";

    public string Role { get; private set; } = "";

    public string RegionCode { get; private set; } = "";

    public bool Disabled { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public static ApiClient Create(string clientId, string displayName, string role, string regionCode, DateTime now) =>
        new() { ClientId = clientId, DisplayName = displayName, Role = role, RegionCode = regionCode, CreatedAt = now };

    public void Disable() => Disabled = true;
}

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.ToTable("api_clients");
        builder.HasKey(c => c.ClientId);
        builder.Property(c => c.ClientId).HasMaxLength(64);
        builder.Property(c => c.DisplayName).HasMaxLength(150);
        builder.Property(c => c.Role).HasMaxLength(32);
        builder.Property(c => c.RegionCode).HasMaxLength(13);
    }
}
