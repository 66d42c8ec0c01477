using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Education.Features.Library;
using Posyandu.Education.Features.OutOfSchool;
using Posyandu.Education.Features.Paud;
using Posyandu.Education.Features.Report;
using Posyandu.Education.ServiceRequests;
using Posyandu.SharedKernel.Modules;

namespace Posyandu.Education;

/// <summary>
/// Dinas Pendidikan's module: PAUD participation of children under seven, out-of-school children (7–18) with their
/// follow-up and referral, the village library and learning aids, and the sector's service requests — all on its own
/// projection of the registry's residents and Posyandu.
/// </summary>
public sealed class EducationModule : IModule
{
    public const string ModuleName = "education";

    public string Name => ModuleName;

    public string Title => "Education (Dinas Pendidikan)";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<EducationDbContext, EducationSqliteDbContext, EducationSqlServerDbContext>(configuration, ModuleName);
        services.AddServiceRequests(configuration, ModuleName, Roles.Education, [.. EducationServiceRequests.All]);
        services.AddScoped<IServiceRequestSubjects, EducationSubjects>();
    }

    public void MapEndpoints(IEndpointRouteBuilder group)
    {
        group.MapEnrolInPaud();
        group.MapEndPaudEnrolment();
        group.MapListPaudEnrolments();
        group.MapListPaudAgeNotEnrolled();
        group.MapIdentifyOutOfSchoolChild();
        group.MapRecordFollowUpAction();
        group.MapResolveOutOfSchoolCase();
        group.MapGetOutOfSchoolCase();
        group.MapListOutOfSchoolCases();
        group.MapAddLearningResource();
        group.MapRecordLibraryActivity();
        group.MapGetLibrary();
        group.MapGetEducationReport();
        group.MapServiceRequests(ModuleName);
    }
}
