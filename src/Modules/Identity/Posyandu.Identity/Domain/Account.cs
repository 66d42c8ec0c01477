namespace Posyandu.Identity.Domain;

/// <summary>
/// A person who signs in: an ASP.NET Core Identity user (hash, lockout, security stamp are Identity's) with the one
/// role and the scope the API authorises on — the region (Kemendagri code prefix), and for a kader the Posyandu and
/// the sectors served. Not <see cref="IRegionScoped"/>: sign-in must find any account; who may manage which account is
/// <see cref="AccountScope"/>'s rule, applied by the account features.
/// </summary>
public sealed class Account : IdentityUser
{
    public string DisplayName { get; private set; } = "";

    /// <summary>One role of <see cref="Roles.All"/>.</summary>
    public string Role { get; private set; } = "";

    /// <summary>Null only for an administrator of the whole platform.</summary>
    public string? RegionCode { get; private set; }

    /// <summary>A kader's Posyandu.</summary>
    public Guid? PosyanduId { get; private set; }

    /// <summary>A kader's sectors, comma-separated role names (<c>health,education</c>).</summary>
    public string Sectors { get; private set; } = "";

    /// <summary>A disabled account cannot sign in nor refresh a token (Identity asks <c>SignIn.EnabledAccountsOnly</c>).</summary>
    public bool Disabled { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public IReadOnlyList<string> SectorList => Sectors.Length == 0 ? [] : Sectors.Split(',');

    public static Account Create(string userName, string displayName, AccountScope scope, DateTime now) =>
        new Account { UserName = userName, DisplayName = displayName, CreatedAt = now, LockoutEnabled = true }.WithScope(scope);

    public void ChangeScope(AccountScope scope, string displayName)
    {
        WithScope(scope);
        DisplayName = displayName;
    }

    public void Disable() => Disabled = true;

    public void Enable() => Disabled = false;

    private Account WithScope(AccountScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        (Role, RegionCode, PosyanduId, Sectors) = (scope.Role, scope.RegionCode, scope.PosyanduId, string.Join(',', scope.Sectors));
        return this;
    }

    public AccountScope Scope => new(Role, RegionCode, PosyanduId, SectorList);
}

/// <summary>What an account or an API client may see and do: its role and where.</summary>
public sealed record AccountScope(string Role, string? RegionCode, Guid? PosyanduId, IReadOnlyList<string> Sectors)
{
    /// <summary>
    /// Whether <paramref name="manager"/> (the caller's role and data scope) may create or change an account with this
    /// scope: an admin anything; a DPMD coordinator only inside its own region and never an administrator.
    /// </summary>
    public bool IsGrantableBy(DataScope manager, bool managerIsAdmin)
    {
        ArgumentNullException.ThrowIfNull(manager);
        if (managerIsAdmin && manager.IsUnrestricted)
        {
            return true;
        }

        return Role != Roles.Admin && RegionCode is not null && manager.CanSeeRegion(RegionCode);
    }
}

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        // The columns ASP.NET Core Identity's own model gives a user, in this module's table.
        builder.ToTable("accounts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(64);
        builder.HasIndex(a => a.NormalizedUserName).IsUnique();
        builder.Property(a => a.UserName).HasMaxLength(64);
        builder.Property(a => a.NormalizedUserName).HasMaxLength(64);
        builder.Property(a => a.Email).HasMaxLength(256);
        builder.Property(a => a.NormalizedEmail).HasMaxLength(256);
        builder.Property(a => a.PhoneNumber).HasMaxLength(32);
        builder.Property(a => a.PasswordHash).HasMaxLength(512);
        builder.Property(a => a.SecurityStamp).HasMaxLength(64);
        builder.Property(a => a.ConcurrencyStamp).HasMaxLength(64).IsConcurrencyToken();
        builder.Property(a => a.DisplayName).HasMaxLength(150);
        builder.Property(a => a.Role).HasMaxLength(32);
        builder.Property(a => a.RegionCode).HasMaxLength(13);
        builder.Property(a => a.Sectors).HasMaxLength(200);
        builder.Ignore(a => a.SectorList);
        builder.Ignore(a => a.Scope);
        builder.HasIndex(a => a.RegionCode);
    }
}

/// <summary>The other tables of Identity's user-only store (claims, external logins, tokens): unused today, mapped so the store works.</summary>
internal sealed class AccountClaimConfiguration : IEntityTypeConfiguration<IdentityUserClaim<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<string>> builder)
    {
        builder.ToTable("account_claims");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.UserId).HasMaxLength(64);
        builder.Property(c => c.ClaimType).HasMaxLength(100);
        builder.Property(c => c.ClaimValue).HasMaxLength(200);
        builder.HasIndex(c => c.UserId);
    }
}

internal sealed class AccountLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<string>> builder)
    {
        builder.ToTable("account_logins");
        builder.HasKey(l => new { l.LoginProvider, l.ProviderKey });
        builder.Property(l => l.LoginProvider).HasMaxLength(100);
        builder.Property(l => l.ProviderKey).HasMaxLength(200);
        builder.Property(l => l.ProviderDisplayName).HasMaxLength(100);
        builder.Property(l => l.UserId).HasMaxLength(64);
    }
}

internal sealed class AccountTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<string>> builder)
    {
        builder.ToTable("account_tokens");
        builder.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
        builder.Property(t => t.UserId).HasMaxLength(64);
        builder.Property(t => t.LoginProvider).HasMaxLength(100);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Value).HasMaxLength(1000);
    }
}
