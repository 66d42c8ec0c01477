using Posyandu.GeneralEducation.Features.Spm;

namespace Posyandu.GeneralEducation.Features.Activities;

/// <summary>
/// Records who attended an activity — registered residents, from this Posyandu's area or from elsewhere, with their
/// pre/post test scores where a test was given — and how many unregistered guests came; the activity is then held. A
/// second call corrects the first (the list is replaced). An activity dated in the future has not happened: 422. A
/// BKB meeting is attended by the group's members.
/// </summary>
public sealed record RecordAttendance(Guid ActivityId, RecordAttendance.Body Attendance, DateOnly Today) : ICommand<Activity>
{
    public const int MaxAttendees = 1000;

    public sealed record Attendee(Guid ResidentId, int? PreTestScore, int? PostTestScore);

    public sealed record Body(IReadOnlyList<Attendee>? Attendees, int Guests);

    internal sealed class Validator : AbstractValidator<RecordAttendance>
    {
        public Validator()
        {
            RuleFor(v => v.Attendance.Attendees).NotNull().OverridePropertyName("attendees").WithMessage("attendees is required (an empty list when only guests came).");
            RuleFor(v => v.Attendance.Attendees!.Count).LessThanOrEqualTo(MaxAttendees).When(v => v.Attendance.Attendees is not null)
                .OverridePropertyName("attendees").WithMessage($"attendees lists at most {MaxAttendees} residents.");
            RuleFor(v => v.Attendance.Attendees).Must(list => list!.All(a => a is not null && a.ResidentId != Guid.Empty))
                .When(v => v.Attendance.Attendees is not null).OverridePropertyName("attendees").WithMessage("every attendee needs a residentId.");
            RuleFor(v => v.Attendance.Attendees).Must(list => list!.Where(a => a is not null).Select(a => a.ResidentId).Distinct().Count() == list!.Count)
                .When(v => v.Attendance.Attendees is not null && v.Attendance.Attendees.All(a => a is not null))
                .OverridePropertyName("attendees").WithMessage("a resident is listed once.");
            RuleFor(v => v.Attendance.Attendees).Must(list => list!.All(a => a is null || (InRange(a.PreTestScore) && InRange(a.PostTestScore))))
                .When(v => v.Attendance.Attendees is not null).OverridePropertyName("attendees").WithMessage("test scores lie between 0 and 100.");
            RuleFor(v => v.Attendance.Guests).InclusiveBetween(0, 10_000).OverridePropertyName("guests");
        }

        private static bool InRange(int? score) => score is null or (>= 0 and <= 100);
    }

    internal sealed class Handler(GeneralEducationDbContext db) : IRequestHandler<RecordAttendance, Activity>
    {
        public async Task<Activity> Handle(RecordAttendance request, CancellationToken cancellationToken)
        {
            var activity = await db.Activities.Include(a => a.Attendance).SingleOrDefaultAsync(a => a.Id == request.ActivityId, cancellationToken)
                           ?? throw new NotFoundException("Activity");
            var listed = request.Attendance.Attendees!;
            var ids = listed.Select(a => a.ResidentId).ToList();
            // Unscoped: a resident from outside this Posyandu's area may attend; only their own Posyandu and village are read.
            var residents = await db.Residents.IgnoreQueryFilters().AsNoTracking().Where(r => ids.Contains(r.ResidentId))
                .ToDictionaryAsync(r => r.ResidentId, cancellationToken);
            if (ids.FirstOrDefault(id => !residents.ContainsKey(id)) is var unknown && unknown != Guid.Empty)
            {
                throw new BusinessRuleException($"Resident {unknown} is not registered.");
            }

            if (activity.BkbGroupId is { } groupId)
            {
                var members = await db.BkbGroups.AsNoTracking().Where(g => g.Id == groupId).SelectMany(g => g.Members.Select(m => m.ResidentId))
                    .ToListAsync(cancellationToken);
                if (ids.Count(id => !members.Contains(id)) is var strangers and > 0)
                {
                    throw new BusinessRuleException($"A BKB meeting is attended by its group's members: {strangers} attendee(s) are not members.");
                }
            }

            var before = activity.Attendance.ToList();
            activity.RecordAttendance(
                [.. listed.Select(a => Domain.Attendance.Of(activity, a.ResidentId, residents[a.ResidentId].PosyanduId, residents[a.ResidentId].RegionCode,
                    a.PreTestScore, a.PostTestScore))],
                request.Attendance.Guests, request.Today);
            if (activity.PlannedActivityId is { } planId
                && await db.PlannedActivities.SingleOrDefaultAsync(p => p.Id == planId, cancellationToken) is { } plan)
            {
                plan.MarkHeld(activity.Date);
                db.Report(GeneralEducationContributions.Of(plan));
            }

            db.Publish(new ActivityHeld(activity.Id, activity.PosyanduId, activity.RegionCode, activity.Date, activity.TopicCode, activity.SectorTag,
                activity.BkbGroupId, activity.Attendance.Count, activity.Attendance.Count(a => a.FromOutsideArea), activity.Guests));
            await db.ReportAttendanceAsync(activity, before, cancellationToken);
            return activity;
        }
    }
}

internal static class RecordAttendanceEndpoint
{
    public static void MapRecordAttendance(this IEndpointRouteBuilder group) =>
        group.MapPost("/activities/{id:guid}/attendance",
                async (Guid id, RecordAttendance.Body body, TimeProvider time, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(ActivityDto.From(await mediator.Send(new RecordAttendance(id, body, time.Today()), ct))))
            .WithName("RecordGeneralEducationAttendance")
            .WithSummary("Record an activity's attendance (registered residents with optional pre/post test scores, plus unregistered guests); it is then held.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.GeneralEducation);
}
