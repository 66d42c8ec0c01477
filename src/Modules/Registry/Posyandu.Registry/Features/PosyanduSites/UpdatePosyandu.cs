using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Posyandu.Registry.Contracts;
using Posyandu.Registry.Domain;
using Posyandu.Registry.Persistence;
using Posyandu.SharedKernel.Mediation;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.Web;

namespace Posyandu.Registry.Features.PosyanduSites;

/// <summary>Changes a Posyandu's details (its village and number stay). Honour <c>If-Match</c>: a stale version is 412.</summary>
public sealed record UpdatePosyandu(Guid Id, UpdatePosyandu.Body Fields, int? ExpectedVersion) : ICommand<PosyanduSite>
{
    public sealed record Body(string? Name, string? Address, string? Rt, string? Rw, double? Latitude, double? Longitude, int ServiceDay, string? Strata) : IPosyanduFields;

    internal sealed class Validator : AbstractValidator<UpdatePosyandu>
    {
        public Validator() => RuleFor(u => u.Fields).SetValidator(new PosyanduFieldsValidator());
    }

    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<UpdatePosyandu, PosyanduSite>
    {
        public async Task<PosyanduSite> Handle(UpdatePosyandu request, CancellationToken cancellationToken)
        {
            var posyandu = await RegistryRules.FindPosyanduAsync(db, request.Id, cancellationToken);
            db.ExpectVersion(posyandu, request.ExpectedVersion);
            var f = request.Fields;
            (posyandu.Name, posyandu.Address, posyandu.Rt, posyandu.Rw) = (f.Name!.Trim(), f.Address, f.Rt, f.Rw);
            (posyandu.Latitude, posyandu.Longitude, posyandu.ServiceDay, posyandu.Strata) = (f.Latitude, f.Longitude, f.ServiceDay, f.Strata);
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
                var updated = await mediator.Send(new UpdatePosyandu(id, body, http.Request.IfMatchVersion()), ct);
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
