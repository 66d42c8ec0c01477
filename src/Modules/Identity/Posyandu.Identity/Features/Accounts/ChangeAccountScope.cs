using OpenIddict.Abstractions;

namespace Posyandu.Identity.Features.Accounts;

/// <summary>
/// Changes an account's name, role and scope. Its security stamp changes with it, so refresh tokens and browser
/// sessions issued for the old scope end; its access tokens expire within their lifetime.
/// </summary>
public sealed record ChangeAccountScope(string Id, ChangeAccountScope.Body Change) : ICommand<AccountDto>, IScopeFields
{
    public sealed record Body(string DisplayName, string Role, string? RegionCode, Guid? PosyanduId, IReadOnlyList<string>? Sectors);

    string IScopeFields.Role => Change.Role;

    string? IScopeFields.RegionCode => Change.RegionCode;

    Guid? IScopeFields.PosyanduId => Change.PosyanduId;

    IReadOnlyList<string>? IScopeFields.Sectors => Change.Sectors;

    internal sealed class Validator : AbstractValidator<ChangeAccountScope>
    {
        public Validator()
        {
            RuleFor(v => v.Change.DisplayName).NotEmpty().MaximumLength(150).OverridePropertyName("displayName");
            RuleFor(v => v.Change.Role).Must(r => Roles.All.Contains(r)).OverridePropertyName("role")
                .WithMessage($"role must be one of: {string.Join(", ", Roles.All)}.");
            RuleFor(v => v.Change.RegionCode).MaximumLength(13).Matches(@"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$").OverridePropertyName("regionCode")
                .WithMessage("regionCode must be a Kemendagri code (64, 64.02, 64.02.01 or 64.02.01.2001).");
            RuleFor(v => v.Change.PosyanduId).NotNull().When(v => v.Change.Role == Roles.Kader).OverridePropertyName("posyanduId")
                .WithMessage("posyanduId is required for a kader.");
            RuleFor(v => v.Change.Sectors).NotEmpty().When(v => v.Change.Role == Roles.Kader).OverridePropertyName("sectors")
                .WithMessage("a kader serves at least one sector.");
            RuleFor(v => v.Change.Sectors).Must(s => s is null || (s.Count <= Roles.Sectors.Count && s.All(x => x is not null && Roles.Sectors.Contains(x))))
                .OverridePropertyName("sectors").WithMessage($"each sector must be one of: {string.Join(", ", Roles.Sectors)}.");
        }
    }

    internal sealed class Handler(IdentityDbContext db, UserManager<Account> users, ICurrentUser caller, TimeProvider time, IOpenIddictTokenManager tokens)
        : IRequestHandler<ChangeAccountScope, AccountDto>
    {
        public async Task<AccountDto> Handle(ChangeAccountScope request, CancellationToken cancellationToken)
        {
            var account = await AccountRules.FindManageableAsync(db, caller, request.Id, cancellationToken);
            var scope = await AccountRules.ResolveAsync(db, caller, request, cancellationToken);
            account.ChangeScope(scope, request.Change.DisplayName.Trim());
            (await users.UpdateSecurityStampAsync(account)).ThrowIfFailed();
            await tokens.RevokeBySubjectAsync(account.Id, cancellationToken);
            return AccountDto.From(account, time.GetUtcNow());
        }
    }
}

internal static class ChangeAccountScopeEndpoint
{
    public static void MapChangeAccountScope(this IEndpointRouteBuilder group) =>
        group.MapPut("/accounts/{id}/scope",
                async (string id, ChangeAccountScope.Body body, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(await mediator.Send(new ChangeAccountScope(id, body), ct)))
            .WithName("ChangeAccountScope")
            .WithSummary("Change an account's name, role, region and (kader) Posyandu and sectors.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(Roles.Dpmd);
}
