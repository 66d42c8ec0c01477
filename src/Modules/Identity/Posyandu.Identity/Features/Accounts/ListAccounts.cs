namespace Posyandu.Identity.Features.Accounts;

/// <summary>The accounts the caller manages (admin: all; DPMD: inside its region, no administrators), filtered.</summary>
public sealed record ListAccounts(string? Role, string? Region, string? Search, bool? Disabled) : IQuery<AccountList>
{
    public const int Limit = 500;

    internal sealed class Validator : AbstractValidator<ListAccounts>
    {
        public Validator()
        {
            RuleFor(v => v.Role).Must(r => r is null || Roles.All.Contains(r)).WithMessage($"role must be one of: {string.Join(", ", Roles.All)}.");
            RuleFor(v => v.Region).MaximumLength(13);
            RuleFor(v => v.Search).MaximumLength(64);
        }
    }

    internal sealed class Handler(IdentityDbContext db, ICurrentUser caller, TimeProvider time) : IRequestHandler<ListAccounts, AccountList>
    {
        public async Task<AccountList> Handle(ListAccounts request, CancellationToken cancellationToken)
        {
            var accounts = db.Accounts.AsNoTracking().Manageable(caller);
            if (request.Role is { } role)
            {
                accounts = accounts.Where(a => a.Role == role);
            }

            if (request.Region is { Length: > 0 } region)
            {
                accounts = accounts.Where(a => a.RegionCode != null && a.RegionCode.StartsWith(region));
            }

            if (request.Search is { Length: > 0 } search)
            {
                // LIKE is case-insensitive on SQLite (ASCII) and on SQL Server's default collation; wildcards typed are literal.
                var pattern = "%" + search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
                accounts = accounts.Where(a => EF.Functions.Like(a.UserName!, pattern, "\\") || EF.Functions.Like(a.DisplayName, pattern, "\\"));
            }

            if (request.Disabled is { } disabled)
            {
                accounts = accounts.Where(a => a.Disabled == disabled);
            }

            var total = await accounts.CountAsync(cancellationToken);
            var page = await accounts.OrderBy(a => a.UserName).Take(Limit).ToListAsync(cancellationToken);
            var now = time.GetUtcNow();
            return new AccountList([.. page.Select(a => AccountDto.From(a, now))], total);
        }
    }
}

/// <summary>Up to <see cref="ListAccounts.Limit"/> accounts by user name, and how many match in all.</summary>
public sealed record AccountList(IReadOnlyList<AccountDto> Items, int Total);

internal static class ListAccountsEndpoint
{
    public static void MapListAccounts(this IEndpointRouteBuilder group) =>
        group.MapGet("/accounts",
                async (string? role, string? region, string? search, bool? disabled, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(await mediator.Send(new ListAccounts(role, region, search, disabled), ct)))
            .WithName("ListAccounts")
            .WithSummary("Accounts the caller manages, by role, region prefix, user name or name, and status.")
            .ProducesValidationProblem()
            .RequireRoles(Roles.Dpmd);
}
