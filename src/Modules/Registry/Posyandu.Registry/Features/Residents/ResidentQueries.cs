using FluentValidation;
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
using Posyandu.SharedKernel.Text;

namespace Posyandu.Registry.Features.Residents;

/// <summary>One resident by id; the read is audited.</summary>
public sealed record GetResident(Guid Id) : IQuery<ResidentDto>
{
    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<GetResident, ResidentDto>
    {
        public async Task<ResidentDto> Handle(GetResident request, CancellationToken cancellationToken)
        {
            var resident = await db.Residents.AsNoTracking().SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken)
                           ?? throw new NotFoundException("Resident");
            await db.RecordReadAsync("Resident", resident.Id.ToString(), resident.RegionCode, cancellationToken);
            return ResidentDto.From(resident);
        }
    }
}

/// <summary>One resident by NIK, sent in the body so NIKs stay out of URLs and access logs; the read is audited.</summary>
public sealed record LookupResident(string? Nik) : IQuery<ResidentDto>
{
    internal sealed class Validator : AbstractValidator<LookupResident>
    {
        public Validator() => RuleFor(l => l.Nik).NotEmpty().MustBeNik();
    }

    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<LookupResident, ResidentDto>
    {
        public async Task<ResidentDto> Handle(LookupResident request, CancellationToken cancellationToken)
        {
            var resident = await db.Residents.AsNoTracking().SingleOrDefaultAsync(r => r.Nik == request.Nik, cancellationToken)
                           ?? throw new NotFoundException("Resident");
            await db.RecordReadAsync("Resident", resident.Id.ToString(), resident.RegionCode, cancellationToken);
            return ResidentDto.From(resident);
        }
    }
}

public enum AgeBand
{
    /// <summary>0–59 months (balita).</summary>
    Under5,

    /// <summary>3–6 years (PAUD age).</summary>
    From3To6,

    /// <summary>7–18 years (school age).</summary>
    From7To18,

    /// <summary>60 and over (lansia).</summary>
    Over60,
}

/// <summary>
/// The lists sector staff need for a Posyandu day: by name (any word's prefix, case- and accent-insensitive), by
/// Posyandu, by age band on a date. Living residents only unless asked. Paged, by name.
/// </summary>
public sealed record SearchResidents(string? Name, Guid? PosyanduId, AgeBand? Band, DateOnly? AsOf, bool IncludeDeceased, int Skip, int Take)
    : IQuery<IReadOnlyList<ResidentDto>>
{
    internal sealed class Validator : AbstractValidator<SearchResidents>
    {
        public Validator()
        {
            RuleFor(s => s.Take).InclusiveBetween(1, 500);
            RuleFor(s => s.Skip).GreaterThanOrEqualTo(0);
        }
    }

    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<SearchResidents, IReadOnlyList<ResidentDto>>
    {
        public async Task<IReadOnlyList<ResidentDto>> Handle(SearchResidents request, CancellationToken cancellationToken)
        {
            var query = db.Residents.AsNoTracking();
            var name = TextSearch.Normalize(request.Name);
            if (name.Length > 0)
            {
                var wordStart = " " + name;
                query = query.Where(r => r.SearchName.StartsWith(name) || r.SearchName.Contains(wordStart));
            }

            if (request.PosyanduId is { } posyandu)
            {
                query = query.Where(r => r.PosyanduId == posyandu);
            }

            if (!request.IncludeDeceased)
            {
                query = query.Where(r => r.DateOfDeath == null);
            }

            if (request.Band is { } band)
            {
                // Born after the first bound and on or before the second: ages as of the given day.
                var asOf = request.AsOf ?? DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
                var (youngest, oldest) = band switch
                {
                    AgeBand.Under5 => (asOf, asOf.AddYears(-5)),
                    AgeBand.From3To6 => (asOf.AddYears(-3), asOf.AddYears(-7)),
                    AgeBand.From7To18 => (asOf.AddYears(-7), asOf.AddYears(-19)),
                    _ => (asOf.AddYears(-60), DateOnly.MinValue),
                };
                query = query.Where(r => r.BirthDate <= youngest && r.BirthDate > oldest);
            }

            var rows = await query.OrderBy(r => r.SearchName).ThenBy(r => r.Id).Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);
            return rows.Select(ResidentDto.From).ToList();
        }
    }
}

internal static class ResidentQueryEndpoints
{
    public sealed record LookupBody(string? Nik);

    public static void MapResidentQueries(this IEndpointRouteBuilder residents)
    {
        residents.MapGet("/{id:guid}", async (Guid id, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var resident = await mediator.Send(new GetResident(id), ct);
                response.Headers.ETag = Posyandu.SharedKernel.Web.ETags.For(resident.Version);
                return TypedResults.Ok(resident);
            })
            .WithName("GetResident")
            .WithSummary("One resident (the read is audited).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(RegistryRules.Readers);

        residents.MapPost("/lookup", async (LookupBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new LookupResident(body.Nik), ct)))
            .WithName("LookupResident")
            .WithSummary("Find a resident by NIK (in the body, never in the URL; the read is audited).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(RegistryRules.Readers);

        residents.MapGet("/", async (string? name, Guid? posyanduId, string? ageBand, DateOnly? asOf, bool? includeDeceased, int? skip, int? take, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SearchResidents(
                    name, posyanduId, Fields.Enum<AgeBand>(ageBand, "ageBand"), asOf, includeDeceased ?? false, skip ?? 0, take ?? 100), ct)))
            .WithName("SearchResidents")
            .WithSummary("Residents by name prefix, Posyandu and age band (under5, from3To6, from7To18, over60) on a date.")
            .ProducesValidationProblem()
            .RequireRoles(RegistryRules.Readers);
    }
}
