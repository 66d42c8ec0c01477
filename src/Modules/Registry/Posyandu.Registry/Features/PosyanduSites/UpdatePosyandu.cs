namespace Posyandu.Registry.Features.PosyanduSites;

/// <summary>
/// Changes a Posyandu's details. Its village and registration number stay: a Posyandu that moves to another
/// village is a new Posyandu (deactivate this one). Honours <c>If-Match</c>: a stale version is 412.
/// </summary>
public sealed record UpdatePosyandu(
    Guid Id, string? Name, string? Address, string? Rt, string? Rw, double? Latitude, double? Longitude, int ServiceDay, string? Strata,
    int? ExpectedVersion) : ICommand<PosyanduSite>, IPosyanduFields
{
    /// <summary>The request body; the id comes from the route and the expected version from <c>If-Match</c>.</summary>
    public sealed record Body(string? Name, string? Address, string? Rt, string? Rw, double? Latitude, double? Longitude, int ServiceDay, string? Strata)
    {
        internal UpdatePosyandu ToCommand(Guid id, int? expectedVersion) =>
            new(id, Name, Address, Rt, Rw, Latitude, Longitude, ServiceDay, Strata, expectedVersion);
    }

    internal sealed class Validator : AbstractValidator<UpdatePosyandu>
    {
        public Validator() => Include(new PosyanduFieldsValidator());
    }

    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<UpdatePosyandu, PosyanduSite>
    {
        public async Task<PosyanduSite> Handle(UpdatePosyandu request, CancellationToken cancellationToken)
        {
            var posyandu = await RegistryRules.FindPosyanduAsync(db, request.Id, cancellationToken);
            db.ExpectVersion(posyandu, request.ExpectedVersion);
            (posyandu.Name, posyandu.Address, posyandu.Rt, posyandu.Rw) = (request.Name!.Trim(), request.Address, request.Rt, request.Rw);
            (posyandu.Latitude, posyandu.Longitude, posyandu.ServiceDay, posyandu.Strata) = (request.Latitude, request.Longitude, request.ServiceDay, request.Strata);
            db.Publish(new PosyanduUpdated(posyandu.Id, posyandu.Name, posyandu.RegionCode, posyandu.RegistrationNumber));
            return posyandu; // mapped by the endpoint after the unit of work has saved (and bumped the version)
        }
    }
}

internal static class UpdatePosyanduEndpoint
{
    public static void MapUpdatePosyandu(this IEndpointRouteBuilder posyandu) =>
        posyandu.MapPut("/{id:guid}", async (Guid id, UpdatePosyandu.Body body, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var updated = await mediator.Send(body.ToCommand(id, http.Request.IfMatchVersion()), ct);
                http.Response.SetETag(updated);
                return TypedResults.Ok(PosyanduDto.From(updated));
            })
            .WithName("UpdatePosyandu")
            .WithSummary("Change a Posyandu's name, address, coordinates, service day or strata (send If-Match with the ETag).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .RequireRoles(Roles.Dpmd);
}
