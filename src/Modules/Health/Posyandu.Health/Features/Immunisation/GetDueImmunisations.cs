using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Posyandu.Health.Immunisation;
using Posyandu.Health.Persistence;
using Posyandu.SharedKernel.Errors;
using Posyandu.SharedKernel.Mediation;
using Posyandu.SharedKernel.Security;

namespace Posyandu.Health.Features.Immunisation;

/// <summary>
/// The kader's worklist for a Posyandu day: the Posyandu's living under-fives with a dose due or overdue on that date.
/// Names are shown because the kader calls the children by name; never a NIK.
/// </summary>
public sealed record GetDueImmunisations(Guid PosyanduId, string? Date) : IQuery<IReadOnlyList<GetDueImmunisations.Child>>
{
    public sealed record Child(Guid ResidentId, string Name, DateOnly BirthDate, int AgeMonths, IReadOnlyList<DoseStatus> Doses);

    internal sealed class Handler(HealthDbContext db) : IRequestHandler<GetDueImmunisations, IReadOnlyList<Child>>
    {
        public async Task<IReadOnlyList<Child>> Handle(GetDueImmunisations request, CancellationToken cancellationToken)
        {
            if (!DateOnly.TryParseExact(request.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                throw RequestValidationException.For("date", "date is required as yyyy-MM-dd, e.g. 2026-12-10.");
            }

            var fiveYearsAgo = day.AddYears(-5);
            var children = await db.Residents.AsNoTracking()
                .Where(r => r.PosyanduId == request.PosyanduId && r.Alive && r.BirthDate > fiveYearsAgo && r.BirthDate <= day)
                .Select(r => new { r.ResidentId, r.Name, r.BirthDate }).ToListAsync(cancellationToken);
            var ids = children.Select(c => c.ResidentId).ToList();
            var given = (await db.Immunisations.AsNoTracking().Where(d => ids.Contains(d.ResidentId))
                    .Select(d => new { d.ResidentId, d.Antigen, d.DoseNumber, d.GivenOn }).ToListAsync(cancellationToken))
                .ToLookup(d => d.ResidentId, d => new GivenDose(d.Antigen, d.DoseNumber, d.GivenOn));

            var schedule = ImmunisationSchedule.National;
            return children
                .Select(c => new Child(c.ResidentId, c.Name, c.BirthDate, AgeMonths(c.BirthDate, day),
                    ImmunisationStatus.Of(schedule, c.BirthDate, [.. given[c.ResidentId]], day)
                        .Where(s => s.Status is DoseState.Due or DoseState.Overdue).ToList()))
                .Where(c => c.Doses.Count > 0)
                .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.BirthDate)
                .ToList();
        }

        private static int AgeMonths(DateOnly birth, DateOnly day)
        {
            var months = ((day.Year - birth.Year) * 12) + day.Month - birth.Month;
            return birth.AddMonths(months) > day ? months - 1 : months;
        }
    }
}

internal static class GetDueImmunisationsEndpoint
{
    public static void MapGetDueImmunisations(this IEndpointRouteBuilder group) =>
        group.MapGet("/posyandu/{posyanduId:guid}/immunisations/due", async (Guid posyanduId, string? date, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetDueImmunisations(posyanduId, date), ct)))
            .WithName("GetDueImmunisations")
            .WithSummary("The Posyandu's children with an immunisation due or overdue on a date (yyyy-MM-dd): the kader's worklist.")
            .ProducesValidationProblem()
            .RequireRoles(ImmunisationReaders.Roles);
}
