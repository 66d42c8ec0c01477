using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.GeneralEducation.Features.Activities;
using Posyandu.GeneralEducation.Features.Bkb;
using Posyandu.GeneralEducation.Features.Plans;
using Posyandu.GeneralEducation.Features.Report;
using Posyandu.GeneralEducation.Features.Topics;
using Posyandu.GeneralEducation.Features.Trainings;
using Posyandu.GeneralEducation.ServiceRequests;
using Posyandu.SharedKernel.Modules;

namespace Posyandu.GeneralEducation;

/// <summary>
/// General education (pendidikan masyarakat, Permendagri 13/2024's "kegiatan pendidikan umum yang bersifat interaktif"):
/// each Posyandu's monthly plan of community education against what was held, the KIE activities on a catalogue of
/// topics with sector tags and their attendance, BKB parenting groups, skills trainings with their follow-up, and the
/// requests a Posyandu makes of an OPD — on its own copy of the registry's residents and Posyandu.
/// </summary>
public sealed class GeneralEducationModule : IModule
{
    public const string ModuleName = "generaleducation";

    public string Name => ModuleName;

    public string Title => "General education (pendidikan masyarakat)";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<GeneralEducationDbContext, GeneralEducationSqliteDbContext, GeneralEducationSqlServerDbContext>(configuration, ModuleName);
        services.AddServiceRequests(configuration, ModuleName, Roles.GeneralEducation, [.. GeneralEducationServiceRequests.All]);
        services.AddScoped<IServiceRequestSubjects, GeneralEducationSubjects>();
    }

    public void MapEndpoints(IEndpointRouteBuilder group)
    {
        group.MapGetTopicCatalogue();
        group.MapAddPlannedActivity();
        group.MapCancelPlannedActivity();
        group.MapGetMonthlyPlan();
        group.MapRecordActivity();
        group.MapRecordAttendance();
        group.MapGetActivity();
        group.MapListActivities();
        group.MapFormBkbGroup();
        group.MapAdmitBkbMember();
        group.MapGetBkbGroup();
        group.MapStartTraining();
        group.MapEnrolTrainee();
        group.MapRecordTrainingCompletion();
        group.MapRecordTrainingFollowUp();
        group.MapGetTraining();
        group.MapGetGeneralEducationReport();
        group.MapServiceRequests(ModuleName);
    }
}
