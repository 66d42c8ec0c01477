using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Posyandu.Education.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "education");

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "education",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Roles = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Module = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Entity = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    RegionCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "education",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Handler = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "learning_resources",
                schema: "education",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionCode = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    Condition = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_learning_resources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "library_activities",
                schema: "education",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionCode = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Participants = table.Column<int>(type: "int", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_library_activities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "out_of_school_cases",
                schema: "education",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionCode = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    IdentifiedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AgeYears = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    ResolvedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OutcomeNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_out_of_school_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "education",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ProcessedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "paud_enrolments",
                schema: "education",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionCode = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    InstitutionName = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Npsn = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: true),
                    InstitutionType = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_paud_enrolments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "posyandu",
                schema: "education",
                columns: table => new
                {
                    PosyanduId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    RegionCode = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_posyandu", x => x.PosyanduId);
                });

            migrationBuilder.CreateTable(
                name: "residents",
                schema: "education",
                columns: table => new
                {
                    ResidentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Sex = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionCode = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    Alive = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_residents", x => x.ResidentId);
                });

            migrationBuilder.CreateTable(
                name: "service_requests",
                schema: "education",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sector = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ResidentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    HouseholdId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PosyanduId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionCode = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    StatusSince = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DueAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    OverdueSince = table.Column<DateTime>(type: "datetime2", nullable: true),
                    EscalationLevel = table.Column<int>(type: "int", nullable: false),
                    LastEscalatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    AnyStepLate = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "out_of_school_actions",
                schema: "education",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_out_of_school_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_out_of_school_actions_out_of_school_cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "education",
                        principalTable: "out_of_school_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "service_request_attachments",
                schema: "education",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UploadedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_request_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_service_request_attachments_service_requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "education",
                        principalTable: "service_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "service_request_history",
                schema: "education",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Roles = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    From = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_request_history", x => x.Id);
                    table.ForeignKey(
                        name: "FK_service_request_history_service_requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "education",
                        principalTable: "service_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_Actor",
                schema: "education",
                table: "audit_entries",
                column: "Actor");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_At",
                schema: "education",
                table: "audit_entries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_Entity_EntityId",
                schema: "education",
                table: "audit_entries",
                columns: new[] { "Entity", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_learning_resources_PosyanduId",
                schema: "education",
                table: "learning_resources",
                column: "PosyanduId");

            migrationBuilder.CreateIndex(
                name: "IX_library_activities_PosyanduId_Date",
                schema: "education",
                table: "library_activities",
                columns: new[] { "PosyanduId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_out_of_school_actions_CaseId",
                schema: "education",
                table: "out_of_school_actions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_out_of_school_cases_PosyanduId_IdentifiedOn",
                schema: "education",
                table: "out_of_school_cases",
                columns: new[] { "PosyanduId", "IdentifiedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_out_of_school_cases_ResidentId_ResolvedOn",
                schema: "education",
                table: "out_of_school_cases",
                columns: new[] { "ResidentId", "ResolvedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_MessageId",
                schema: "education",
                table: "outbox_messages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_Status_Sequence",
                schema: "education",
                table: "outbox_messages",
                columns: new[] { "Status", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_paud_enrolments_PosyanduId_StartDate",
                schema: "education",
                table: "paud_enrolments",
                columns: new[] { "PosyanduId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_paud_enrolments_ResidentId_StartDate",
                schema: "education",
                table: "paud_enrolments",
                columns: new[] { "ResidentId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_posyandu_RegionCode",
                schema: "education",
                table: "posyandu",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_residents_PosyanduId_BirthDate",
                schema: "education",
                table: "residents",
                columns: new[] { "PosyanduId", "BirthDate" });

            migrationBuilder.CreateIndex(
                name: "IX_service_request_attachments_RequestId",
                schema: "education",
                table: "service_request_attachments",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_service_request_history_RequestId",
                schema: "education",
                table: "service_request_history",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_service_requests_PosyanduId",
                schema: "education",
                table: "service_requests",
                column: "PosyanduId");

            migrationBuilder.CreateIndex(
                name: "IX_service_requests_RegionCode",
                schema: "education",
                table: "service_requests",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_service_requests_Status_DueAt",
                schema: "education",
                table: "service_requests",
                columns: new[] { "Status", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "education");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "education");

            migrationBuilder.DropTable(
                name: "learning_resources",
                schema: "education");

            migrationBuilder.DropTable(
                name: "library_activities",
                schema: "education");

            migrationBuilder.DropTable(
                name: "out_of_school_actions",
                schema: "education");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "education");

            migrationBuilder.DropTable(
                name: "paud_enrolments",
                schema: "education");

            migrationBuilder.DropTable(
                name: "posyandu",
                schema: "education");

            migrationBuilder.DropTable(
                name: "residents",
                schema: "education");

            migrationBuilder.DropTable(
                name: "service_request_attachments",
                schema: "education");

            migrationBuilder.DropTable(
                name: "service_request_history",
                schema: "education");

            migrationBuilder.DropTable(
                name: "out_of_school_cases",
                schema: "education");

            migrationBuilder.DropTable(
                name: "service_requests",
                schema: "education");
        }
    }
}
