namespace Posyandu.GeneralEducation.Features.Trainings;

/// <summary>A skills training as the API shows it: participants by id (no names or NIK). Not the EF entity.</summary>
public sealed record TrainingDto(
    Guid Id, Guid PosyanduId, string RegionCode, string Course, string Topic, string OrganiserRole, DateOnly StartDate, DateOnly? EndDate,
    int Participants, int Completed, IReadOnlyList<TraineeDto> Trainees)
{
    internal static TrainingDto From(Training t) => new(
        t.Id, t.PosyanduId, t.RegionCode, t.Course, t.TopicCode, t.OrganiserRole, t.StartDate, t.EndDate, t.Trainees.Count,
        t.Trainees.Count(p => p.Completed == true),
        [.. t.Trainees.OrderBy(p => p.Id).Select(p => new TraineeDto(p.ResidentId, p.HomePosyanduId != p.PosyanduId, p.Completed, p.CompletedOn, p.FollowUp, p.FollowUpOn, p.FollowUpNote))]);
}

public sealed record TraineeDto(
    Guid ResidentId, bool FromOutsideArea, bool? Completed, DateOnly? CompletedOn, TrainingFollowUp? FollowUp, DateOnly? FollowUpOn, string? FollowUpNote);
