namespace Posyandu.Identity.Features.Accounts;

/// <summary>
/// Who may manage which account, and what makes a scope valid — shared by the account and client features. An
/// admin manages everything; a DPMD coordinator only accounts inside its own region, and never an administrator
/// (neither granting the role nor touching one). A region must be one of the registry's (this module's replica); a
/// kader's region is its Posyandu's village.
/// </summary>
internal static class AccountRules
{
    public static bool IsAdmin(ICurrentUser caller) => caller.IsInRole(Roles.Admin);

    /// <summary>The accounts the caller may see and manage.</summary>
    public static IQueryable<Account> Manageable(this IQueryable<Account> accounts, ICurrentUser caller)
    {
        if (IsAdmin(caller) && caller.Scope.IsUnrestricted)
        {
            return accounts;
        }

        var prefix = caller.Scope.RegionPrefix ?? "";
        return accounts.Where(a => a.Role != Roles.Admin && a.RegionCode != null && a.RegionCode.StartsWith(prefix));
    }

    public static async Task<Account> FindManageableAsync(IdentityDbContext db, ICurrentUser caller, string id, CancellationToken ct) =>
        await db.Accounts.Manageable(caller).SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("Account");

    /// <summary>Checks the fields against the registry's places and the caller's reach; returns the scope to store.</summary>
    public static async Task<AccountScope> ResolveAsync(IdentityDbContext db, ICurrentUser caller, IScopeFields fields, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var region = fields.RegionCode?.Trim();
        if (fields.Role == Roles.Kader)
        {
            // The query filter hides a Posyandu outside the caller's scope: as for a wrong id, "not found".
            var posyandu = await db.Posyandu.AsNoTracking().SingleOrDefaultAsync(p => p.PosyanduId == fields.PosyanduId, ct)
                           ?? throw RequestValidationException.For("posyanduId", "posyanduId must be a registered Posyandu inside your region.");
            region = posyandu.RegionCode;
        }
        else if (region is null)
        {
            if (fields.Role != Roles.Admin)
            {
                throw RequestValidationException.For("regionCode", "regionCode is required for every role but admin.");
            }
        }
        else if (!await db.Regions.AnyAsync(r => r.Code == region, ct))
        {
            throw RequestValidationException.For("regionCode", "regionCode must be a Kemendagri region of the registry.");
        }

        var scope = new AccountScope(fields.Role, region, fields.Role == Roles.Kader ? fields.PosyanduId : null,
            fields.Role == Roles.Kader ? [.. (fields.Sectors ?? []).Distinct(StringComparer.Ordinal)] : []);
        if (!scope.IsGrantableBy(caller.Scope, IsAdmin(caller)))
        {
            throw new ForbiddenException(fields.Role == Roles.Admin
                ? "Only an administrator may grant the admin role."
                : $"You may not grant access to region {region}: it is outside your scope.");
        }

        return scope;
    }

    /// <summary>Validation of the scope fields, shared by create and change.</summary>
    public static void ScopeRules<T>(this AbstractValidator<T> validator)
        where T : IScopeFields
    {
        validator.RuleFor(v => v.Role).Must(r => Roles.All.Contains(r))
            .WithMessage($"role must be one of: {string.Join(", ", Roles.All)}.");
        validator.RuleFor(v => v.RegionCode).MaximumLength(13).Matches(@"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$")
            .WithMessage("regionCode must be a Kemendagri code (64, 64.02, 64.02.01 or 64.02.01.2001).");
        // The village government works for one village (Roles.Desa): a shorter code would give the account nothing.
        validator.RuleFor(v => v.RegionCode).Matches(@"^\d{2}\.\d{2}\.\d{2}\.\d{4}$").When(v => v.Role == Roles.Desa)
            .WithMessage("a desa account's regionCode must be a village code (64.02.01.2001).");
        validator.RuleFor(v => v.PosyanduId).NotNull().When(v => v.Role == Roles.Kader)
            .WithMessage("posyanduId is required for a kader.");
        validator.RuleFor(v => v.Sectors).NotEmpty().When(v => v.Role == Roles.Kader)
            .WithMessage("a kader serves at least one sector.");
        validator.RuleFor(v => v.Sectors).Must(s => s is null || (s.Count <= Roles.Sectors.Count && s.All(x => x is not null && Roles.Sectors.Contains(x))))
            .WithMessage($"each sector must be one of: {string.Join(", ", Roles.Sectors)}.");
    }

    public static void ThrowIfFailed(this IdentityResult result, string field = "password")
    {
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code is "DuplicateUserName"))
        {
            throw new ConflictException("An account with this user name exists already.");
        }

        throw new RequestValidationException(new Dictionary<string, string[]>
        {
            [result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? field : "userName"] = [.. result.Errors.Select(e => e.Description)],
        });
    }
}
