using Posyandu.Trantibumlinmas.Catalogue;
using Posyandu.Trantibumlinmas.Features.Spm;

namespace Posyandu.Trantibumlinmas.Features.Incidents;

/// <summary>
/// Records an incident in a Posyandu's village (laporan kejadian): a type of the catalogue, when it happened, an optional
/// WGS84 point inside Indonesia, what happened and, if already, what was done. The reporter — a registered resident, or
/// a name and contact — is stored apart (<see cref="IncidentReporter"/>). A sensitive type (KDRT, asusila, perdagangan
/// orang, narkoba) asks the village head's approval for its escalation in the same transaction. Publishes
/// <see cref="IncidentReported"/> and the SPM contribution — neither names the reporter.
/// </summary>
public sealed record ReportIncident(ReportIncident.Body Report) : ICommand<IncidentDto>
{
    /// <param name="Type">A code of the catalogue (<c>GET /api/trantibumlinmas/catalogue</c>).</param>
    /// <param name="ActionTaken">What was done at once, if anything (then <paramref name="HandledAt"/> says when).</param>
    public sealed record Body(
        string? Type, Guid? PosyanduId, DateTimeOffset? OccurredAt, double? Latitude, double? Longitude, string? Description,
        string? ActionTaken, DateTimeOffset? HandledAt, Reporter? Reporter);

    /// <summary>The reporter: a registered resident of the Posyandu, or a name (and contact) as the village was told.</summary>
    public sealed record Reporter(Guid? ResidentId, string? Name, string? Contact);

    internal sealed class Validator : AbstractValidator<ReportIncident>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(v => v.Report.Type).Must(t => TrantibCatalogue.Current.Type(t) is not null).OverridePropertyName("type")
                .WithMessage($"type must be one of: {string.Join(", ", TrantibCatalogue.Current.IncidentTypes.Select(t => t.Code))}.");
            RuleFor(v => v.Report.PosyanduId).NotNull().NotEqual(Guid.Empty).WithMessage("posyanduId is required.").OverridePropertyName("posyanduId");
            RuleFor(v => v.Report.OccurredAt).NotNull().WithMessage("occurredAt is required.").MustBePastMoment(time).OverridePropertyName("occurredAt");
            RuleFor(v => v.Report.Latitude).MustBeLatitude().OverridePropertyName("latitude");
            RuleFor(v => v.Report.Longitude).MustBeLongitude().OverridePropertyName("longitude");
            RuleFor(v => v.Report).Must(r => (r.Latitude is null) == (r.Longitude is null)).WithMessage("latitude and longitude come together.").OverridePropertyName("longitude");
            RuleFor(v => v.Report.Description).NotEmpty().WithMessage("description is required.").MaximumLength(Incident.MaxText).OverridePropertyName("description");
            RuleFor(v => v.Report.ActionTaken).MaximumLength(Incident.MaxText).OverridePropertyName("actionTaken");
            RuleFor(v => v.Report.HandledAt).MustBePastMoment(time).OverridePropertyName("handledAt");
            RuleFor(v => v.Report).Must(r => string.IsNullOrWhiteSpace(r.ActionTaken) == (r.HandledAt is null))
                .WithMessage("actionTaken and handledAt come together.").OverridePropertyName("handledAt");
            RuleFor(v => v.Report.Reporter).NotNull().WithMessage("reporter is required (residentId, or a name).").OverridePropertyName("reporter");
            RuleFor(v => v.Report.Reporter!.Name).MaximumLength(IncidentReporter.MaxName).OverridePropertyName("reporter.name").When(v => v.Report.Reporter is not null);
            RuleFor(v => v.Report.Reporter!.Contact).MaximumLength(IncidentReporter.MaxContact).OverridePropertyName("reporter.contact").When(v => v.Report.Reporter is not null);
            RuleFor(v => v.Report.Reporter!).Must(r => (r.ResidentId is { } id && id != Guid.Empty) || !string.IsNullOrWhiteSpace(r.Name))
                .WithMessage("reporter needs a residentId or a name.").OverridePropertyName("reporter").When(v => v.Report.Reporter is not null);
        }
    }

    internal sealed class Handler(TrantibumlinmasDbContext db, ApprovalDesk approvals, ICurrentUser user, TimeProvider time) : IRequestHandler<ReportIncident, IncidentDto>
    {
        public async Task<IncidentDto> Handle(ReportIncident request, CancellationToken cancellationToken)
        {
            var r = request.Report;
            var type = TrantibCatalogue.Current.Type(r.Type)!;
            var posyandu = await db.Posyandu.AsNoTracking().SingleOrDefaultAsync(p => p.PosyanduId == r.PosyanduId, cancellationToken)
                           ?? throw new NotFoundException("Posyandu");
            if (r.Reporter!.ResidentId is { } resident && resident != Guid.Empty
                && !await db.Residents.IgnoreQueryFilters().AnyAsync(p => p.ResidentId == resident && p.RegionCode == posyandu.RegionCode && p.Alive, cancellationToken))
            {
                throw new BusinessRuleException("The reporter is not a living resident registered in the Posyandu's village.");
            }

            var incident = Incident.Report(type, posyandu, r.OccurredAt!.Value.UtcDateTime, r.Latitude, r.Longitude, r.Description!.Trim(), time.UtcNow());
            if (!string.IsNullOrWhiteSpace(r.ActionTaken))
            {
                incident.RecordAction(r.ActionTaken.Trim(), r.HandledAt!.Value.UtcDateTime, close: false);
            }

            db.Incidents.Add(incident);
            var reporter = new IncidentReporter
            {
                IncidentId = incident.Id, RegionCode = incident.RegionCode, ResidentId = r.Reporter.ResidentId is { } id && id != Guid.Empty ? id : null,
                Name = string.IsNullOrWhiteSpace(r.Reporter.Name) ? null : r.Reporter.Name.Trim(),
                Contact = string.IsNullOrWhiteSpace(r.Reporter.Contact) ? null : r.Reporter.Contact.Trim(),
            };
            db.IncidentReporters.Add(reporter);
            Guid? pending = null;
            if (incident.Sensitive)
            {
                // Asked with the record: a sensitive incident never exists without its approval step (the village head's worklist).
                pending = approvals.Request(db, TrantibumlinmasModule.ModuleName, Incident.EscalationAction, incident.Id, incident.RegionCode,
                    $"Eskalasi kejadian sensitif ({type.Name}) ke {(type.EscalateTo == "polisi" ? "kepolisian" : "OPD")} perlu persetujuan kepala desa.").Id;
            }

            db.Publish(new IncidentReported(incident.Id, incident.Type, incident.Group, incident.Sensitive, incident.PosyanduId, incident.RegionCode,
                incident.OccurredAt, incident.RecordedAt));
            db.Report(TrantibumlinmasContributions.OfIncident(incident, time));
            // The caller just gave the reporter: shown back only to those who may see it (no read to audit: it is the write).
            ReporterDto? shown = null;
            if (user.MaySeeReporter())
            {
                var name = reporter.ResidentId is { } known
                    ? await db.Residents.IgnoreQueryFilters().AsNoTracking().Where(p => p.ResidentId == known).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken)
                    : null;
                shown = new ReporterDto(reporter.ResidentId, name ?? reporter.Name, reporter.Contact);
            }

            return IncidentDto.From(incident, shown, pending);
        }
    }
}

internal static class ReportIncidentEndpoint
{
    public static void MapReportIncident(this IEndpointRouteBuilder group) =>
        group.MapPost("/incidents", async (ReportIncident.Body body, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new ReportIncident(body), ct);
                return TypedResults.Created($"/api/{TrantibumlinmasModule.ModuleName}/incidents/{created.Id}", created);
            })
            .WithName("ReportIncident")
            .WithSummary("Record an incident (type of the catalogue, Posyandu's village, optional WGS84 point, time, what was done) with its reporter, kept confidential; a sensitive type asks the village head's approval for its escalation.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Trantibumlinmas, Roles.Desa);
}
