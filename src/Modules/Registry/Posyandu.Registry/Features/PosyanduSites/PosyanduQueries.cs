using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Posyandu.Registry.Persistence;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Errors;
using Posyandu.SharedKernel.Mediation;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.Web;

namespace Posyandu.Registry.Features.PosyanduSites;

/// <summary>One Posyandu with its pengurus.</summary>
public sealed record GetPosyandu(Guid Id) : IQuery<PosyanduDto>
{
    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<GetPosyandu, PosyanduDto>
    {
        public async Task<PosyanduDto> Handle(GetPosyandu request, CancellationToken cancellationToken) =>
            PosyanduDto.From(await db.Posyandu.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.Id, cancellationToken)
                             ?? throw new NotFoundException("Posyandu"));
    }
}

/// <summary>The Posyandu the caller may see, optionally within a region, by registration number.</summary>
public sealed record ListPosyandu(string? Region, bool IncludeInactive) : IQuery<IReadOnlyList<PosyanduDto>>
{
    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<ListPosyandu, IReadOnlyList<PosyanduDto>>
    {
        public async Task<IReadOnlyList<PosyanduDto>> Handle(ListPosyandu request, CancellationToken cancellationToken)
        {
            var query = db.Posyandu.AsNoTracking();
            if (request.Region is { } region)
            {
                var code = Fields.Parse<RegionCode>(region, "region").ToString();
                query = query.Where(p => p.RegionCode.StartsWith(code));
            }

            if (!request.IncludeInactive)
            {
                query = query.Where(p => p.Active);
            }

            return (await query.OrderBy(p => p.RegistrationNumber).Take(2000).ToListAsync(cancellationToken)).Select(PosyanduDto.From).ToList();
        }
    }
}

internal static class PosyanduQueryEndpoints
{
    public static void MapPosyanduQueries(this IEndpointRouteBuilder posyandu)
    {
        posyandu.MapGet("/{id:guid}", async (Guid id, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var site = await mediator.Send(new GetPosyandu(id), ct);
                response.Headers.ETag = ETags.For(site.Version);
                return TypedResults.Ok(site);
            })
            .WithName("GetPosyandu")
            .WithSummary("One Posyandu with its pengurus (ETag for updates).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(RegistryRules.Readers);

        posyandu.MapGet("/", async (string? region, bool? includeInactive, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListPosyandu(region, includeInactive ?? false), ct)))
            .WithName("ListPosyandu")
            .WithSummary("The Posyandu in a region (default: all the caller may see), by registration number.")
            .ProducesValidationProblem()
            .RequireRoles(RegistryRules.Readers);
    }
}
