using Bogus;
using Posyandu.Education.Domain;

using Posyandu.SharedKernel.Synthetic;

namespace Posyandu.Education.Synthetic;

/// <summary>A PAUD enrolment as planned: still active, or withdrawn on <see cref="EndDate"/>.</summary>
internal sealed record PlannedEnrolment(string Institution, string? Npsn, PaudInstitutionType Type, DateOnly StartDate, DateOnly? EndDate);

/// <summary>An out-of-school case: identified in the window, with one follow-up, and resolved for some.</summary>
internal sealed record PlannedCase(DateOnly IdentifiedOn, OutOfSchoolReason Reason, string? Note, DateOnly? FollowUpOn, DateOnly? ResolvedOn, OutOfSchoolOutcome? Outcome);

/// <summary>
/// Education's records: about 65 % of children aged 3–6 attend PAUD (APK PAUD in Kaltim is around 60–70 %),
/// enrolled at the start of a school year (mid-July) once they are three — TK for the older ones, KB, SPS (PAUD at
/// the Posyandu) and a few TPA — of whom about 4 % withdrew since; about 2.5 % of those aged 7–18 are out of school
/// (ATS), identified during the window for the reasons the ATS data collection records, and about 40 % of the cases
/// are resolved a few months later (back to school, Paket A/B/C or vocational training).
/// </summary>
internal sealed class EducationModel(Faker faker)
{
    public PlannedEnrolment? Enrolment(Member child, DateOnly today)
    {
        var age = child.AgeYearsOn(today);
        if (age is < 3 or >= 7 || !faker.Random.Bool(0.65f))
        {
            return null;
        }

        // The latest mid-July by which the child was three (and which is not in the future).
        var start = new DateOnly(today.Year, 7, 15);
        start = start > today ? start.AddYears(-1) : start;
        var earliest = child.Born.AddYears(3);
        var years = faker.Random.Int(0, Math.Max(0, start.Year - earliest.Year - 1));
        start = start.AddYears(-years);
        if (start < earliest)
        {
            start = earliest;
        }

        var type = age >= 5
            ? faker.Random.WeightedRandom([PaudInstitutionType.Tk, PaudInstitutionType.Kb, PaudInstitutionType.Sps], [0.7f, 0.1f, 0.2f])
            : faker.Random.WeightedRandom([PaudInstitutionType.Kb, PaudInstitutionType.Sps, PaudInstitutionType.Tpa, PaudInstitutionType.Tk], [0.45f, 0.35f, 0.1f, 0.1f]);
        var name = type switch
        {
            PaudInstitutionType.Tk => $"TK {faker.PickRandom("Pertiwi", "Aisyiyah Bustanul Athfal", "Islam Terpadu", "Negeri Pembina", "Kartini")}",
            PaudInstitutionType.Kb => $"KB {faker.PickRandom("Melati", "Tunas Bangsa", "Harapan Bunda", "Ceria")}",
            PaudInstitutionType.Tpa => $"TPA {faker.PickRandom("Permata Hati", "Kasih Ibu")}",
            _ => $"PAUD Posyandu {faker.PickRandom("Melati", "Mawar", "Anggrek", "Kenanga")}",
        };
        DateOnly? withdrawn = faker.Random.Bool(0.04f) ? faker.Day(start, today) : null;
        return new PlannedEnrolment(name, faker.Random.Bool(0.7f) ? faker.Random.ReplaceNumbers("6#######") : null, type, start, withdrawn);
    }

    public PlannedCase? OutOfSchool(Member child, DateOnly from, DateOnly today)
    {
        var identifiedOn = faker.Day(from, today);
        var age = child.AgeYearsOn(identifiedOn);
        if (age is < 7 or > 18 || !faker.Random.Bool(0.025f))
        {
            return null;
        }

        var reason = faker.Random.WeightedRandom(
            [OutOfSchoolReason.Cost, OutOfSchoolReason.Work, OutOfSchoolReason.Distance, OutOfSchoolReason.Marriage, OutOfSchoolReason.Disability, OutOfSchoolReason.Other],
            [0.35f, 0.2f, 0.15f, 0.08f, 0.07f, 0.15f]);
        var note = reason == OutOfSchoolReason.Other ? faker.PickRandom("membantu orang tua berladang", "ikut orang tua merantau", "tidak mau sekolah lagi") : null;
        DateOnly? followUp = faker.Random.Bool(0.7f) ? identifiedOn.AddDays(faker.Random.Int(3, 30)) : null;
        var resolvedOn = identifiedOn.AddDays(faker.Random.Int(30, 180));
        if (resolvedOn > today || !faker.Random.Bool(0.4f))
        {
            return new PlannedCase(identifiedOn, reason, note, followUp <= today ? followUp : null, null, null);
        }

        var outcome = age >= 16
            ? faker.Random.WeightedRandom([OutOfSchoolOutcome.PaketC, OutOfSchoolOutcome.Vocational, OutOfSchoolOutcome.ReturnedToSchool], [0.4f, 0.35f, 0.25f])
            : faker.Random.WeightedRandom([OutOfSchoolOutcome.ReturnedToSchool, OutOfSchoolOutcome.PaketA, OutOfSchoolOutcome.PaketB], [0.7f, 0.1f, 0.2f]);
        return new PlannedCase(identifiedOn, reason, note, followUp < resolvedOn ? followUp : null, resolvedOn, outcome);
    }
}
