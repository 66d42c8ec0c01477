namespace Posyandu.Identity.Features.Accounts;

/// <summary>An account as the API shows it: never the EF entity (no hash, no stamps).</summary>
public sealed record AccountDto(
    string Id, string UserName, string DisplayName, string Role, string? RegionCode, Guid? PosyanduId,
    IReadOnlyList<string> Sectors, bool Disabled, bool LockedOut, DateTime CreatedAt)
{
    internal static AccountDto From(Account a, DateTimeOffset now) => new(
        a.Id, a.UserName ?? "", a.DisplayName, a.Role, a.RegionCode, a.PosyanduId, a.SectorList, a.Disabled,
        a.LockoutEnd is { } end && end > now, a.CreatedAt);
}

/// <summary>The scope fields of a create or change: what the account may see and do.</summary>
internal interface IScopeFields
{
    string Role { get; }

    string? RegionCode { get; }

    Guid? PosyanduId { get; }

    IReadOnlyList<string>? Sectors { get; }
}
