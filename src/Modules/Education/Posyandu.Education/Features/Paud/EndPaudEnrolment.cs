using Posyandu.Education.Features.Spm;

namespace Posyandu.Education.Features.Paud;

/// <summary>Ends a running PAUD enrolment: completed (on to SD) or withdrawn. Publishes <see cref="PaudEnrolmentEnded"/>.</summary>
public sealed record EndPaudEnrolment(Guid EnrolmentId, DateOnly EndDate, PaudEnrolmentStatus? Status) : ICommand<PaudEnrolment>
{
    public sealed record Body(DateOnly EndDate, PaudEnrolmentStatus? Status);

    internal sealed class Validator : AbstractValidator<EndPaudEnrolment>
    {
        public Validator()
        {
            RuleFor(v => v.EndDate).NotEqual(default(DateOnly)).WithMessage("endDate is required.").MustBeRecordDate();
            RuleFor(v => v.Status).NotNull().Must(s => s != PaudEnrolmentStatus.Active).WithMessage("status is completed or withdrawn.");
        }
    }

    internal sealed class Handler(EducationDbContext db) : IRequestHandler<EndPaudEnrolment, PaudEnrolment>
    {
        public async Task<PaudEnrolment> Handle(EndPaudEnrolment request, CancellationToken cancellationToken)
        {
            var enrolment = await db.Enrolments.SingleOrDefaultAsync(e => e.Id == request.EnrolmentId, cancellationToken)
                            ?? throw new NotFoundException("Enrolment");
            if (enrolment.Status != PaudEnrolmentStatus.Active)
            {
                throw new ConflictException($"The enrolment is already {enrolment.Status.ToString().ToLowerInvariant()}.");
            }

            // A field error (400), like any other invalid date: the start date is only known once the record is loaded.
            if (request.EndDate < enrolment.StartDate)
            {
                throw RequestValidationException.For("endDate", $"endDate cannot be before the start date {enrolment.StartDate:yyyy-MM-dd}.");
            }

            (enrolment.EndDate, enrolment.Status) = (request.EndDate, request.Status!.Value);
            db.Publish(EndedEvent(enrolment, request.EndDate));
            await db.ReportEnrolmentAsync(enrolment, cancellationToken);
            return enrolment;
        }
    }

    internal static PaudEnrolmentEnded EndedEvent(PaudEnrolment enrolment, DateOnly endDate) => new(
        enrolment.Id, enrolment.ResidentId, enrolment.PosyanduId, enrolment.RegionCode, enrolment.StartDate, endDate, enrolment.InstitutionCode,
        enrolment.Status == PaudEnrolmentStatus.Withdrawn ? "withdrawn" : "completed", Period.Of(endDate).ToString());
}

internal static class EndPaudEnrolmentEndpoint
{
    public static void MapEndPaudEnrolment(this IEndpointRouteBuilder group) =>
        group.MapPost("/paud/enrolments/{id:guid}/end", async (Guid id, EndPaudEnrolment.Body body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(PaudEnrolmentDto.From(await mediator.Send(new EndPaudEnrolment(id, body.EndDate, body.Status), ct))))
            .WithName("EndPaudEnrolment")
            .WithSummary("End a running PAUD enrolment (completed or withdrawn).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireSectorWriters(Roles.Education);
}
