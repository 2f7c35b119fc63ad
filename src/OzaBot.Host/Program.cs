using OzaBot.Host;

var app = OzaBotApp.Build(args);
app.Run();
