// The namespaces most of this module's files use, once: a feature file starts with what is particular to it.
global using System.Text.Json;
global using MediatR;
global using Microsoft.AspNetCore.Builder;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Routing;
global using Microsoft.EntityFrameworkCore;
global using Posyandu.Reporting.Indicators;
global using Posyandu.Reporting.Persistence;
global using Posyandu.Reporting.ReadModels;
global using Posyandu.SharedKernel.Domain;
global using Posyandu.SharedKernel.Mediation;
global using Posyandu.SharedKernel.Messaging;
global using Posyandu.SharedKernel.Persistence;
global using Posyandu.SharedKernel.Reports;
global using Posyandu.SharedKernel.Security;
