// The night escape (maps/night-escape.tmj): the children's night under the stars has tripped the alarms.
// `intro` and `outro` are the chapter's (src/story/chapters.ts). Niko's Talk sets niko_helped and opens
// the service gate before `niko` plays; the sanctuary's DreamCircle sets dream_merged before `merge`
// plays, the tick the children's dream starts, and the Hill gate opens only once it is set. Each child's
// Talk (`tomas`, `pip`, `ayla`, `juno`) wakes them when it closes; what they say depends on whether they
// joined Mira in the dream space (the flags that chapter hands on; played alone, nobody did). Every
// branch has the same lines and no choice, so the level plays the same in the campaign and alone.
VAR niko_helped = 0
VAR dream_merged = 0
VAR tomas_joined = false
VAR pip_joined = false
VAR ayla_joined = false
VAR juno_joined = false

=== intro ===
Mira: Five of us on the grass behind the laundrette, and a real sky. For one minute nobody's pod was humming. # face: happy
Mira: Leo had gone back down the old stair for the kids on his street. I hope he made it home.
Mira: Then every DreamPod screen in the district blinked blue at once, and the sirens started. # face: worried
Mira: The alarm. An empty pod told on us, and the Sleep Enforcers are out.
Mira: Everyone let go of my hand and ran. Tomas, Pip, Ayla and Juno are hiding all over the district now. # face: worried
Mira: I have to find them, quietly. %sneak% keeps my feet soft, %interact% wakes whoever's hiding.
Mira: Then the old bandstand in the park: the sanctuary. If we dream there together, the town might let us through to the Hill gate.
-> END

=== tomas ===
{ tomas_joined:
    Tomas: Mira! I kept watch from the back, like I said. Then the sirens, and I just ran. # face: happy
    Mira: You ran the right way. Stay tall and keep watching behind us.
- else:
    Tomas: Mira? I didn't come to the star room. I thought it was a programme. # face: worried
    Mira: It was real. It still is. Come and see.
}
-> DONE

=== pip ===
{ pip_joined:
    Pip: I'm not asleep. I'm hiding. Properly this time. # face: happy
    Mira: Best hiding in the district, Pip. Slippers on, we're going.
- else:
    Pip: Mira? I was too scared for the star room. Everybody went without me. # face: worried
    Mira: Nobody's going without you now. Hold my sleeve.
}
-> DONE

=== ayla ===
{ ayla_joined:
    Ayla: You found me. I was counting the Saucepan's stars so I wouldn't cry. # face: happy
    Mira: Count them on the way. We're going up to the hill where they're all out.
- else:
    Ayla: You're Mira. Juno said you know where the real stars are. # face: worried
    Mira: Up on the hill. Come on, you can name them for me.
}
-> DONE

=== juno ===
{ juno_joined:
    Juno: I held my breath when they went past. Three times this time. # face: happy
    Mira: That's a record, Juno. Stay close.
- else:
    Juno: I was going to be first to the star room, and then I fell asleep. # face: worried
    Mira: Then you can be first up the hill. Stay close to me.
}
-> DONE

=== niko ===
Niko: Mira. I knew it. Your pod said "asleep" and your bed said "pillow".
Mira: Niko? You followed me all the way here? # face: worried
Niko: Somebody had to. Half the district's scanners just went off. That's their whole network waking up.
* [Come with us. You know how their things work.]
    Mira: Then help us. You know their gadgets better than the people who sell them.
    Niko: ...You really think I'm going to climb a fence in my slippers? # face: happy
    Niko: Fine. Just this once.
* [Go home before they catch you too.]
    Mira: Go home, Niko. If they catch both of us, Mum will never stop crying.
    Niko: If I go home, they catch you. Budge over. # face: worried
- Niko: The company's service doors all share one code. Nobody ever changes it. Watch.
Niko: The depot behind us goes straight through to the avenue, and the park's maintenance gate is open now too.
Niko: Their visors see what they face, and they hear you run. Keep low, and keep the little ones close.
Niko: I'll keep their radio busy from here. Go on. # face: happy
-> END

=== merge ===
{ merge > 1: -> again }
Mira: Hands, everyone. Close your eyes and think of the sky from the hill. The real one. # face: happy
Mira: The ground's gone soft and gold. The fences are turning into vines, and the road is a river of stars.
Mira: We can climb the vines and wade the river. The Enforcers can't set foot on either.
Mira: It won't hold long. It's already slipping at the edges, and they'll break in when it goes. # face: worried
Mira: Along the river to the Hill gate, now! %run%!
-> END
= again
Mira: Once more, everyone. Hold on to it, and run when it comes.
-> END

=== outro ===
Mira: The Hill gate. Behind us the star river is draining out of the streets, one lamp at a time. # face: worried
Mira: Up here the stars are all still where they were. Nobody streamed them. Nobody switched them on.
{ niko_helped:
    Mira: Somewhere down there Niko is talking a radio full of Enforcers in circles. I'll thank him properly tomorrow.
}
Mira: Everybody lie down. Count until the stars count you back. # face: happy
-> END
