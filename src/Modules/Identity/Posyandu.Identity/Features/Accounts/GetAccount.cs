namespace Posyandu.Identity.Features.Accounts;

/// <summary>One account the caller manages; 404 outside its reach.</summary>
public sealed record GetAccount(string Id) : IQuery<AccountDto>
{
    internal sealed class Handler(IdentityDbContext db, ICurrentUser caller, TimeProvider time) : IRequestHandler<GetAccount, AccountDto>
    {
        public async Task<AccountDto> Handle(GetAccount request, CancellationToken cancellationToken) =>
            AccountDto.From(await AccountRules.FindManageableAsync(db, caller, request.Id, cancellationToken), time.GetUtcNow());
    }
}

internal static class GetAccountEndpoint
{
    public static void MapGetAccount(this IEndpointRouteBuilder group) =>
        group.MapGet("/accounts/{id}",
                async (string id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetAccount(id), ct)))
            .WithName("GetAccount")
            .WithSummary("One account the caller manages.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(Roles.Dpmd);
}
